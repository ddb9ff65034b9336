using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Tests.TestSupport;

namespace MovieRecommender.Core.Tests.Persistence;

public sealed class ModelChecksumTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private async Task<string> PublishTinyModelAsync()
    {
        var directory = _temp.File("model");
        await new ModelWriter().PublishAsync(TinyModel.Build(), directory);
        return directory;
    }

    private static async Task EditManifestAsync(string directory, Action<JsonObject> edit)
    {
        var path = Path.Combine(directory, ModelFormat.ManifestFile);
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsObject();
        edit(manifest);
        await File.WriteAllTextAsync(path, manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    private static async Task FlipLastByteAsync(string path)
    {
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[^1] ^= 0x01;
        await File.WriteAllBytesAsync(path, bytes);
    }

    [Fact]
    public async Task PublishAsync_Manifest_HoldsSha256AndXxHash128OfEveryFile()
    {
        var directory = await PublishTinyModelAsync();

        var manifest = (await new ModelReader().ReadAsync(directory)).Manifest;

        Assert.NotNull(manifest.FastChecksums);
        foreach (var file in ModelFormat.BinaryFiles)
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(directory, file));
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), manifest.Files[file]);
            Assert.Equal(Convert.ToHexStringLower(XxHash128.Hash(bytes)), manifest.FastChecksums[file]);
        }
    }

    [Fact]
    public async Task ReadAsync_CorruptedFileWhoseSha256WasUpdated_IsStillRefusedByTheFastChecksum()
    {
        // The load checks XxHash128, so a file whose manifest sha256 was made to match is still refused.
        var directory = await PublishTinyModelAsync();
        var path = Path.Combine(directory, ModelFormat.NeighboursFile);
        await FlipLastByteAsync(path);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path)));
        await EditManifestAsync(directory, m => m["files"]![ModelFormat.NeighboursFile] = sha256);

        var error = await Assert.ThrowsAsync<ModelLoadException>(() => new ModelReader().ReadAsync(directory));

        Assert.Equal(ModelFormat.NeighboursFile, error.FileName);
        Assert.Contains("checksum", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_ManifestWithoutFastChecksums_VerifiesSha256Instead()
    {
        var directory = await PublishTinyModelAsync();
        await EditManifestAsync(directory, m => m.Remove("fastChecksums"));
        var intact = await new ModelReader().ReadAsync(directory);
        await FlipLastByteAsync(Path.Combine(directory, ModelFormat.TopTermsFile));

        var error = await Assert.ThrowsAsync<ModelLoadException>(() => new ModelReader().ReadAsync(directory));

        Assert.Null(intact.Manifest.FastChecksums);
        Assert.Equal(ModelFormat.TopTermsFile, error.FileName);
    }

    [Fact]
    public async Task VerifyAsync_IntactModel_ReportsEveryFileValid()
    {
        var directory = await PublishTinyModelAsync();

        var files = await new ModelVerifier(new ModelReader()).VerifyAsync(directory);

        Assert.Equal(ModelFormat.BinaryFiles.Append(ModelFormat.TermStatisticsFile).Append(ModelFormat.VectorsFile).Order(), files.Select(f => f.Name).Order());
        Assert.All(files, f => Assert.True(f.IsValid, f.Problem));
        Assert.All(files, f => Assert.True(f.Bytes > 0));
    }

    [Fact]
    public async Task VerifyAsync_CorruptedFile_ReportsItsSha256Mismatch()
    {
        var directory = await PublishTinyModelAsync();
        await FlipLastByteAsync(Path.Combine(directory, ModelFormat.MoviesFile));

        var files = await new ModelVerifier(new ModelReader()).VerifyAsync(directory);

        var failed = Assert.Single(files, f => !f.IsValid);
        Assert.Equal(ModelFormat.MoviesFile, failed.Name);
        Assert.Equal(VerifiedModelFile.Sha256Mismatch, failed.Problem);
    }

    [Fact]
    public async Task VerifyAsync_MissingFile_ReportsItMissing()
    {
        var directory = await PublishTinyModelAsync();
        File.Delete(Path.Combine(directory, ModelFormat.VocabularyFile));

        var files = await new ModelVerifier(new ModelReader()).VerifyAsync(directory);

        Assert.Equal(VerifiedModelFile.Missing, Assert.Single(files, f => !f.IsValid).Problem);
    }

    [Fact]
    public async Task VerifyAsync_NoManifest_ThrowsNamingIt()
    {
        var error = await Assert.ThrowsAsync<ModelLoadException>(() => new ModelVerifier(new ModelReader()).VerifyAsync(_temp.File("empty")));

        Assert.Equal(ModelFormat.ManifestFile, error.FileName);
    }
}
