using System.Text.Json.Nodes;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Tests.TestSupport;

namespace MovieRecommender.Core.Tests.Persistence;

/// <summary>
/// Models whose checksums are right but whose content is not (a faulty trainer, a hand-edited manifest) are refused
/// with an error naming the file, never served.
/// </summary>
public sealed class ModelReaderValidationTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly ModelReader _reader = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, string, string> DamagedContent => new()
    {
        { "neighbour index equal to the film count", ModelFormat.NeighboursFile, "out of range" },
        { "neighbour index negative", ModelFormat.NeighboursFile, "out of range" },
        { "neighbour score not a number", ModelFormat.NeighboursFile, "non-finite" },
        { "top-term weight infinite", ModelFormat.TopTermsFile, "non-finite" },
        { "top-term index beyond the vocabulary", ModelFormat.TopTermsFile, "out of range" },
        { "neighbour offsets not starting at zero", ModelFormat.NeighboursFile, "offsets" },
        { "neighbour offsets decreasing", ModelFormat.NeighboursFile, "decrease" },
        { "term of an unknown kind", ModelFormat.VocabularyFile, "unknown kind" },
    };

    [Theory]
    [MemberData(nameof(DamagedContent))]
    public async Task ReadAsync_ChecksummedButInvalidContent_ThrowsNamingTheFileAndTheFault(string damage, string expectedFile, string expectedFault)
    {
        // Arrange
        var model = TinyModel.Build();
        Damage(model, damage);
        var directory = _temp.File("model");
        await new ModelWriter().PublishAsync(model, directory);

        // Act
        var error = await Assert.ThrowsAsync<ModelLoadException>(() => _reader.ReadAsync(directory));

        // Assert: the log line tells the operator which file and what is wrong with it.
        Assert.Equal(expectedFile, error.FileName);
        Assert.Contains(expectedFault, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_ManifestCountsMoreFilmsThanStored_ThrowsNamingMoviesWithBothCounts()
    {
        // Arrange
        var directory = await PublishTinyModelAsync();
        int stored = TinyModel.Movies().Count;
        await EditManifestAsync(directory, manifest => manifest["movieCount"] = stored + 1);

        // Act
        var error = await Assert.ThrowsAsync<ModelLoadException>(() => _reader.ReadAsync(directory));

        // Assert
        Assert.Equal(ModelFormat.MoviesFile, error.FileName);
        Assert.Contains($"{stored} movies", error.Message, StringComparison.Ordinal);
        Assert.Contains($"says {stored + 1}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_ManifestCountsMoreTermsThanStored_ThrowsNamingVocabulary()
    {
        // Arrange
        var directory = await PublishTinyModelAsync();
        int stored = TinyModel.Build().Terms.Length;
        await EditManifestAsync(directory, manifest => manifest["termCount"] = stored + 1);

        // Act
        var error = await Assert.ThrowsAsync<ModelLoadException>(() => _reader.ReadAsync(directory));

        // Assert
        Assert.Equal(ModelFormat.VocabularyFile, error.FileName);
        Assert.Contains($"{stored} terms", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("movieCount")]
    [InlineData("termCount")]
    public async Task ReadAsync_NegativeManifestCount_ThrowsNamingManifest(string property)
    {
        // Arrange
        var directory = await PublishTinyModelAsync();
        await EditManifestAsync(directory, manifest => manifest[property] = -1);

        // Act
        var error = await Assert.ThrowsAsync<ModelLoadException>(() => _reader.ReadAsync(directory));

        // Assert
        Assert.Equal(ModelFormat.ManifestFile, error.FileName);
        Assert.Contains("negative", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_ManifestWithoutFileList_ThrowsNamingManifest()
    {
        // Arrange: a current format version, so only the missing list can be the reason.
        var directory = await PublishTinyModelAsync();
        await EditManifestAsync(directory, manifest => manifest["files"] = null);

        // Act
        var error = await Assert.ThrowsAsync<ModelLoadException>(() => _reader.ReadAsync(directory));

        // Assert
        Assert.Equal(ModelFormat.ManifestFile, error.FileName);
    }

    [Fact]
    public async Task ReadAsync_BinaryFileNotListedInManifest_ThrowsNamingThatFile()
    {
        // Arrange
        var directory = await PublishTinyModelAsync();
        await EditManifestAsync(directory, manifest => manifest["files"]!.AsObject().Remove(ModelFormat.TopTermsFile));

        // Act
        var error = await Assert.ThrowsAsync<ModelLoadException>(() => _reader.ReadAsync(directory));

        // Assert
        Assert.Equal(ModelFormat.TopTermsFile, error.FileName);
        Assert.Contains("not listed", error.Message, StringComparison.Ordinal);
    }

    private static void Damage(RecommenderModel model, string damage)
    {
        switch (damage)
        {
            case "neighbour index equal to the film count":
                model.NeighbourIndices[0] = model.MovieCount;
                break;
            case "neighbour index negative":
                model.NeighbourIndices[^1] = -1;
                break;
            case "neighbour score not a number":
                model.NeighbourScores[^1] = float.NaN;
                break;
            case "top-term weight infinite":
                model.TopTermWeights[0] = float.PositiveInfinity;
                break;
            case "top-term index beyond the vocabulary":
                model.TopTermIndices[0] = model.Terms.Length;
                break;
            case "neighbour offsets not starting at zero":
                model.NeighbourOffsets[0] = 1;
                break;
            case "neighbour offsets decreasing":
                model.NeighbourOffsets[1] = model.NeighbourOffsets[2] + 1;
                break;
            case "term of an unknown kind":
                model.TermKinds[0] = (TermKind)200;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(damage), damage, "unknown damage");
        }
    }

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
        await File.WriteAllTextAsync(path, manifest.ToJsonString());
    }
}
