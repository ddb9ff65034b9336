using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Tests.TestSupport;

namespace MovieRecommender.Core.Tests.Persistence;

public sealed class ModelWriterTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly ModelWriter _writer = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task PublishAsync_ExistingModel_IsReplacedAndNoTempDirectoriesRemain()
    {
        var directory = _temp.File("model");
        var first = await _writer.PublishAsync(TinyModel.Build(), directory);
        await File.WriteAllTextAsync(Path.Combine(directory, "stale.txt"), "old");

        var second = await _writer.PublishAsync(TinyModel.Build(), directory);

        Assert.NotEqual(first.Manifest.ModelVersion, second.Manifest.ModelVersion);
        Assert.False(File.Exists(Path.Combine(directory, "stale.txt")));
        Assert.Equal([Path.GetFullPath(directory)], Directory.GetDirectories(_temp.Path));
        var loaded = await new ModelReader().ReadAsync(directory);
        Assert.Equal(second.Manifest.ModelVersion, loaded.Manifest.ModelVersion);
    }

    [Fact]
    public async Task PublishAsync_ManifestHashes_MatchFilesOnDisk()
    {
        var directory = _temp.File("model");

        var result = await _writer.PublishAsync(TinyModel.Build(), directory);

        foreach (var (file, hash) in result.Manifest.Files)
        {
            var actual = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(directory, file))));
            Assert.Equal(hash, actual);
        }

        Assert.Equal(new DirectoryInfo(directory).EnumerateFiles().Sum(f => f.Length), result.TotalBytes);
    }

    [Fact]
    public async Task PublishAsync_UnwritableParent_ThrowsIOExceptionNamingDirectory()
    {
        var blocker = _temp.File("file-not-dir");
        await File.WriteAllTextAsync(blocker, "x");
        var directory = Path.Combine(blocker, "model");

        var error = await Assert.ThrowsAsync<IOException>(() => _writer.PublishAsync(TinyModel.Build(), directory));

        Assert.Contains(directory, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_OrphansOfAnInterruptedPublish_AreRemovedFirst()
    {
        // Arrange: what a killed trainer leaves behind, plus another model's staging folder that must be left alone.
        var directory = _temp.File("model");
        foreach (var orphan in new[] { ".model.tmp-dead", ".model.old-dead", ".other.tmp-busy" })
        {
            Directory.CreateDirectory(_temp.File(orphan));
            await File.WriteAllTextAsync(Path.Combine(_temp.File(orphan), "movies.bin"), "half written");
        }

        // Act
        await _writer.PublishAsync(TinyModel.Build(), directory);

        // Assert
        Assert.Equal(
            [Path.GetFullPath(_temp.File(".other.tmp-busy")), Path.GetFullPath(directory)],
            Directory.GetDirectories(_temp.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RecoverInterruptedPublish_CrashBetweenTheRenames_RestoresThePreviousModel()
    {
        // Arrange: the old model was moved to its backup name, the new one never arrived.
        var directory = _temp.File("model");
        var published = await _writer.PublishAsync(TinyModel.Build(), directory);
        Directory.Move(directory, _temp.File(".model.old-0123"));
        Directory.CreateDirectory(_temp.File(".model.tmp-4567"));

        // Act
        ModelWriter.RecoverInterruptedPublish(directory);

        // Assert
        var loaded = await new ModelReader().ReadAsync(directory);
        Assert.Equal(published.Manifest.ModelVersion, loaded.Manifest.ModelVersion);
        Assert.Equal([Path.GetFullPath(directory)], Directory.GetDirectories(_temp.Path));
    }

    [Fact]
    public async Task PublishAsync_SwapFails_LeavesWhatWasThereAndNoStagingFolder()
    {
        // Arrange: a file where the model folder should be makes the final rename fail after every file is written.
        var directory = _temp.File("model");
        await File.WriteAllTextAsync(directory, "not a folder");

        // Act
        var error = await Assert.ThrowsAsync<IOException>(() => _writer.PublishAsync(TinyModel.Build(), directory));

        // Assert
        Assert.Contains("model", error.Message, StringComparison.Ordinal);
        Assert.Equal("not a folder", await File.ReadAllTextAsync(directory));
        Assert.Empty(Directory.GetDirectories(_temp.Path));
    }
}
