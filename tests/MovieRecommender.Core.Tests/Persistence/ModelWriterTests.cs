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
}
