using MovieRecommender.Core.Ingest;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Tests.TestSupport;
using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Tests.Training;

/// <summary>Trains once on the real TMDB 5000 data (movies + credits) and loads the published model back.</summary>
public sealed class TmdbModelFixture : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _temp = new();

    public RecommenderModel Model { get; private set; } = null!;

    public TrainingSummary Summary { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var request = new TrainingRequest
        {
            InputPath = SharedData.PathOf(SharedData.TmdbMovies),
            CreditsPath = SharedData.PathOf(SharedData.TmdbCredits),
            OutputDirectory = _temp.File("model"),
        };
        Summary = await new TrainingPipeline(new CatalogReader(), new ModelWriter()).TrainAsync(request);
        Model = await new ModelReader().ReadAsync(request.OutputDirectory);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _temp.Dispose();

    public IReadOnlyList<string> NeighbourTitles(string title, int count)
    {
        var index = Model.Movies.Select((m, i) => (m, i)).Single(x => x.m.Title == title).i;
        return Model.NeighboursOf(index)[..count].ToArray().Select(n => Model.Movies[n].Title).ToArray();
    }
}
