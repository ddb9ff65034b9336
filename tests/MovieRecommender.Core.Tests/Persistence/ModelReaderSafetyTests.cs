using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Tests.TestSupport;

namespace MovieRecommender.Core.Tests.Persistence;

/// <summary>
/// What the host relies on when it loads a model: a blank path is a caller error at once, a cancelled read never
/// yields a model, and a failed read has finished with every file before it reports the failure.
/// </summary>
public sealed class ModelReaderSafetyTests : IDisposable
{
    // Long enough for a mutant that skips the wait to finish early even on a loaded machine; the progress
    // callback below blocks for longer than this, so the correct reader can never finish within it.
    private static readonly TimeSpan EarlyFinishWindow = TimeSpan.FromSeconds(1.5);
    private static readonly TimeSpan ProgressBlockLimit = TimeSpan.FromSeconds(20);

    private readonly TempDirectory _temp = new();
    private readonly ModelReader _reader = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void ReadAsync_BlankDirectory_ThrowsArgumentExceptionBeforeStarting(string directory)
    {
        // Act / Assert: thrown by the call itself, not hidden in a faulted task.
        Assert.Throws<ArgumentException>(() => { _ = _reader.ReadAsync(directory); });
    }

    [Fact]
    public void ReadAsync_NullDirectory_ThrowsArgumentNullExceptionBeforeStarting()
    {
        Assert.Throws<ArgumentNullException>(() => { _ = _reader.ReadAsync(null!); });
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void ModelExists_BlankDirectory_IsFalse(string? directory)
    {
        Assert.False(_reader.ModelExists(directory!));
    }

    [Fact]
    public async Task ModelExists_PublishedModel_IsTrue()
    {
        // Arrange
        var directory = await PublishTinyModelAsync();

        // Act / Assert
        Assert.True(_reader.ModelExists(directory));
    }

    [Fact]
    public async Task ReadAsync_AlreadyCancelled_ThrowsAndReportsNoProgress()
    {
        // Arrange
        var directory = await PublishTinyModelAsync();
        var reports = new List<double>();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        // Act / Assert
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _reader.ReadAsync(directory, new InlineProgress(reports.Add), cancellation.Token));
        Assert.Empty(reports);
    }

    [Fact]
    public async Task ReadAsync_CancelledWhileReading_ThrowsInsteadOfReturningAModel()
    {
        // Arrange: cancel as soon as the first file is done, as a host shutting down mid-load does.
        var directory = await PublishTinyModelAsync();
        using var cancellation = new CancellationTokenSource();
        var progress = new InlineProgress(_ => cancellation.Cancel());

        // Act / Assert
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _reader.ReadAsync(directory, progress, cancellation.Token));
    }

    [Fact]
    public async Task ReadAsync_OneFileFails_ReportsTheFailureOnlyAfterEveryOtherFileIsDone()
    {
        // Arrange: movies.bin is damaged; each intact file blocks in its progress report until released, so a
        // reader that reported the failure while those reads still ran would finish inside the window.
        var directory = await PublishTinyModelAsync();
        await DamageAsync(directory, ModelFormat.MoviesFile);
        using var release = new ManualResetEventSlim();
        var progress = new InlineProgress(_ => release.Wait(ProgressBlockLimit));

        // Act
        var read = _reader.ReadAsync(directory, progress);
        bool finishedWhileFilesWereStillBeingRead = await Task.WhenAny(read, Task.Delay(EarlyFinishWindow)) == read;
        release.Set();

        // Assert
        var error = await Assert.ThrowsAsync<ModelLoadException>(() => read);
        Assert.Equal(ModelFormat.MoviesFile, error.FileName);
        Assert.False(finishedWhileFilesWereStillBeingRead);
    }

    private async Task<string> PublishTinyModelAsync()
    {
        var directory = _temp.File("model");
        await new ModelWriter().PublishAsync(TinyModel.Build(), directory);
        return directory;
    }

    private static async Task DamageAsync(string directory, string fileName)
    {
        var path = Path.Combine(directory, fileName);
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[^1] ^= 0x01;
        await File.WriteAllBytesAsync(path, bytes);
    }

    private sealed class InlineProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
