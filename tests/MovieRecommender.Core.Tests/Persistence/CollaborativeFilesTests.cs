using System.Text.Json;
using Microsoft.Extensions.Options;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Core.Tests.TestSupport;

namespace MovieRecommender.Core.Tests.Persistence;

/// <summary>The collaborative files of a hybrid model: listed, checksummed and verified like the content files.</summary>
public sealed class CollaborativeFilesTests(HybridWorldFixture world) : IClassFixture<HybridWorldFixture>, IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task ReadAsync_PublishedHybridModel_RoundTripsTheCollaborativePartAndRanker()
    {
        // Arrange
        var directory = await PublishAsync();

        // Act
        var loaded = await new ModelReader().ReadAsync(directory);

        // Assert
        var original = world.Model.Collaborative!;
        var read = Assert.IsType<MovieRecommender.Core.Collaborative.CollaborativeModel>(loaded.Collaborative);
        Assert.Equal(original.Similar.Offsets, read.Similar.Offsets);
        Assert.Equal(original.Similar.Indices, read.Similar.Indices);
        Assert.Equal(original.Similar.Scores, read.Similar.Scores);
        Assert.Equal(original.RatingCounts, read.RatingCounts);
        Assert.Equal(original.UserCount, read.UserCount);
        Assert.Equal(original.Factors.Factors, read.Factors.Factors);
        Assert.Equal(original.Factors.RowOf, read.Factors.RowOf);
        Assert.Equal(original.Factors.Gram, read.Factors.Gram);
        Assert.Equal(world.Model.Ranker!.ModelBytes, loaded.Ranker!.ModelBytes);
        Assert.Contains("cf-similar.bin", loaded.Manifest.Files.Keys);
        Assert.Contains("ranker.zip", loaded.Manifest.Files.Keys);
    }

    [Fact]
    public async Task ReadAsync_PublishedHybridModel_ServesTheSameRecommendations()
    {
        // Arrange
        var directory = await PublishAsync();
        var loaded = await new ModelReader().ReadAsync(directory);
        using var before = new RecommenderService(Options.Create(new RecommenderOptions()), TimeProvider.System);
        using var after = new RecommenderService(Options.Create(new RecommenderOptions()), TimeProvider.System);
        before.UseModel(world.Model, TimeSpan.Zero);
        after.UseModel(loaded, TimeSpan.Zero);
        var request = new RecommendationRequest { SeedIds = [TasteWorld.IdOf(12)], Count = 10 };

        // Act
        var expected = before.Recommend(request);
        var actual = after.Recommend(request);

        // Assert
        Assert.Equal(RecommendationAlgorithm.Hybrid, actual.Algorithm);
        Assert.Equal(expected.Items.Select(i => (i.Movie.Id, i.Similarity)), actual.Items.Select(i => (i.Movie.Id, i.Similarity)));
    }

    [Theory]
    [InlineData("cf-similar.bin")]
    [InlineData("cf-factors.bin")]
    [InlineData("ranker.zip")]
    public async Task ReadAsync_CollaborativeFileModified_ThrowsNamingTheFile(string file)
    {
        // Arrange
        var directory = await PublishAsync();
        var path = Path.Combine(directory, file);
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[bytes.Length / 2] ^= 0x5A;
        await File.WriteAllBytesAsync(path, bytes);

        // Act
        var act = () => new ModelReader().ReadAsync(directory);

        // Assert
        var error = await Assert.ThrowsAsync<ModelLoadException>(act);
        Assert.Equal(file, error.FileName);
    }

    [Fact]
    public async Task ReadAsync_CollaborativeFileMissing_ThrowsNamingTheFile()
    {
        // Arrange
        var directory = await PublishAsync();
        File.Delete(Path.Combine(directory, "cf-factors.bin"));

        // Act
        var act = () => new ModelReader().ReadAsync(directory);

        // Assert
        var error = await Assert.ThrowsAsync<ModelLoadException>(act);
        Assert.Equal("cf-factors.bin", error.FileName);
    }

    [Fact]
    public async Task ReadAsync_ManifestListingOnlySomeCollaborativeFiles_ThrowsNamingTheUnlistedOne()
    {
        // Arrange
        var directory = await PublishAsync();
        var manifestPath = Path.Combine(directory, ModelFormat.ManifestFile);
        var manifest = JsonSerializer.Deserialize<ModelManifest>(await File.ReadAllTextAsync(manifestPath), JsonOptions)!;
        var files = manifest.Files.Where(f => f.Key != "ranker.zip").ToDictionary(f => f.Key, f => f.Value);
        await File.WriteAllTextAsync(manifestPath, JsonSerializer.Serialize(manifest with { Files = files }, JsonOptions));

        // Act
        var act = () => new ModelReader().ReadAsync(directory);

        // Assert
        var error = await Assert.ThrowsAsync<ModelLoadException>(act);
        Assert.Equal("ranker.zip", error.FileName);
    }

    [Fact]
    public async Task ReadAsync_RankerThatIsNotAnMlNetModel_ThrowsNamingRankerZip()
    {
        // Arrange: a valid checksum over bytes that are not a model.
        var directory = await PublishAsync();
        byte[] garbage = [.. Enumerable.Range(0, 64).Select(i => (byte)i)];
        await File.WriteAllBytesAsync(Path.Combine(directory, "ranker.zip"), garbage);
        var manifestPath = Path.Combine(directory, ModelFormat.ManifestFile);
        var manifest = JsonSerializer.Deserialize<ModelManifest>(await File.ReadAllTextAsync(manifestPath), JsonOptions)!;
        var files = new Dictionary<string, string>(manifest.Files)
        {
            ["ranker.zip"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(garbage)),
        };
        await File.WriteAllTextAsync(manifestPath, JsonSerializer.Serialize(manifest with { Files = files }, JsonOptions));

        // Act
        var act = () => new ModelReader().ReadAsync(directory);

        // Assert
        var error = await Assert.ThrowsAsync<ModelLoadException>(act);
        Assert.Equal("ranker.zip", error.FileName);
    }

    [Fact]
    public async Task ReadAsync_ContentOnlyModel_HasNoCollaborativePart()
    {
        // Arrange
        var directory = _temp.File("content");
        await new ModelWriter().PublishAsync(TinyModel.Build(), directory);

        // Act
        var loaded = await new ModelReader().ReadAsync(directory);

        // Assert
        Assert.Null(loaded.Collaborative);
        Assert.Null(loaded.Ranker);
        Assert.False(loaded.HasHybrid);
        Assert.DoesNotContain("ranker.zip", loaded.Manifest.Files.Keys);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private async Task<string> PublishAsync()
    {
        var directory = _temp.File("hybrid");
        await new ModelWriter().PublishAsync(world.Model, directory);
        return directory;
    }
}
