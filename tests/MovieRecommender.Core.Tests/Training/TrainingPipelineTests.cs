using MovieRecommender.Core.Ingest;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Tests.TestSupport;
using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Tests.Training;

public sealed class TrainingPipelineTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly TrainingPipeline _pipeline = new(new CatalogReader(), new ModelWriter());

    public void Dispose() => _temp.Dispose();

    private string WriteCatalog(params string[] extraRows)
    {
        var rows = Enumerable.Range(1, 12)
            .Select(i => TmdbCsv.Tmdb5000Row(i, $"Film {i}", genres: i % 2 == 0 ? "Drama|Romance" : "Action|Thriller",
                keywords: i % 2 == 0 ? "love|paris" : "heist|police", overview: $"Story number {i} about {(i % 2 == 0 ? "love in paris" : "a bank heist")}."))
            .Concat(extraRows);
        return TmdbCsv.Write(_temp.File("movies.csv"), TmdbCsv.Tmdb5000Header, rows);
    }

    [Fact]
    public async Task TrainAsync_SmallCatalog_PublishesLoadableModelAndFillsSummary()
    {
        var request = new TrainingRequest { InputPath = WriteCatalog("broken,row"), OutputDirectory = _temp.File("model"), Neighbours = 4 };
        var stages = new List<TrainingStage>();

        var summary = await _pipeline.TrainAsync(request, new InlineProgress(p => stages.Add(p.Stage)));

        var model = await new ModelReader().ReadAsync(request.OutputDirectory);
        Assert.Equal(12, summary.Movies);
        Assert.Equal(13, summary.RowsRead);
        Assert.Equal(1, summary.RowsSkipped);
        Assert.Equal([14L], summary.FirstSkippedLines);
        Assert.Equal(12 * 4, summary.NeighbourEntries);
        Assert.Equal(model.Manifest.ModelVersion, summary.ModelVersion);
        Assert.True(summary.ModelBytes > 0);
        Assert.Equal(Enum.GetValues<TrainingStage>(), summary.StageDurations.Keys.Order());
        Assert.Equal(Enum.GetValues<TrainingStage>(), stages.Distinct());
        Assert.Equal("4", model.Manifest.Parameters["neighbours.k"]);
    }

    [Theory]
    [InlineData(null, "trained")]
    [InlineData("demo", "demo")]
    public async Task TrainAsync_CatalogLabel_IsRecordedInTheManifest(string? label, string expected)
    {
        var request = new TrainingRequest { InputPath = WriteCatalog(), OutputDirectory = _temp.File("model"), Neighbours = 3 };
        if (label is not null)
        {
            request = request with { CatalogLabel = label };
        }

        await _pipeline.TrainAsync(request);

        var model = await new ModelReader().ReadAsync(request.OutputDirectory);
        Assert.Equal(expected, ModelCatalog.Of(model.Manifest));
    }

    [Fact]
    public async Task TrainAsync_Neighbours_ArePlausibleOnSmallCatalog()
    {
        var request = new TrainingRequest { InputPath = WriteCatalog(), OutputDirectory = _temp.File("model"), Neighbours = 3 };

        await _pipeline.TrainAsync(request);

        var model = await new ModelReader().ReadAsync(request.OutputDirectory);
        for (var i = 0; i < model.MovieCount; i++)
        {
            // Even ids are romances, odd ids heists: every neighbour shares the film's parity.
            Assert.All(model.NeighboursOf(i).ToArray(), n => Assert.Equal(model.Movies[i].Id % 2, model.Movies[n].Id % 2));
        }
    }

    [Fact]
    public async Task TrainAsync_NothingPassesFilter_ThrowsCatalogFormatException()
    {
        var request = new TrainingRequest { InputPath = WriteCatalog(), OutputDirectory = _temp.File("model"), MinVoteCount = 1_000_000 };

        var error = await Assert.ThrowsAsync<CatalogFormatException>(() => _pipeline.TrainAsync(request));

        Assert.Contains("movies.csv", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(request.OutputDirectory));
    }

    [Fact]
    public async Task TrainAsync_MissingInput_ThrowsNamingFileAndWritesNothing()
    {
        var request = new TrainingRequest { InputPath = _temp.File("missing.csv"), OutputDirectory = _temp.File("model") };

        var error = await Assert.ThrowsAsync<CatalogFormatException>(() => _pipeline.TrainAsync(request));

        Assert.Contains("missing.csv", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(request.OutputDirectory));
    }

    [Fact]
    public async Task TrainAsync_InvalidNeighbourCount_Throws()
    {
        var request = new TrainingRequest { InputPath = WriteCatalog(), OutputDirectory = _temp.File("model"), Neighbours = 0 };

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _pipeline.TrainAsync(request));
    }

    private sealed class InlineProgress(Action<TrainingProgress> report) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => report(value);
    }
}
