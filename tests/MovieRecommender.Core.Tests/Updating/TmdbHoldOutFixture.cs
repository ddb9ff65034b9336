using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Ingest;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Tests.TestSupport;
using MovieRecommender.Core.Training;
using MovieRecommender.Core.Updating;

namespace MovieRecommender.Core.Tests.Updating;

/// <summary>
/// TMDB 5000 with 200 films held out: a model trained without them, the same model updated with them, and a full
/// training on all of them to compare with.
/// </summary>
public sealed class TmdbHoldOutFixture : IAsyncLifetime, IDisposable
{
    public const int HeldOut = 200;
    private const int Seed = 15;

    private readonly TempDirectory _temp = new();

    public IReadOnlyList<Movie> HeldOutFilms { get; private set; } = [];

    /// <summary>Trained without the held-out films.</summary>
    public RecommenderModel Before { get; private set; } = null!;

    /// <summary><see cref="Before"/> updated with the held-out films, as published and read back.</summary>
    public RecommenderModel Updated { get; private set; } = null!;

    public VectorSpace UpdatedSpace { get; private set; } = null!;

    public CatalogUpdateSummary Summary { get; private set; } = null!;

    /// <summary>A full training on every film.</summary>
    public RecommenderModel Retrained { get; private set; } = null!;

    public string ModelDirectory => _temp.File("model");

    public async Task InitializeAsync()
    {
        var catalog = await new CatalogReader().ReadAsync(
            SharedData.PathOf(SharedData.TmdbMovies), SharedData.PathOf(SharedData.TmdbCredits),
            TrainingCatalogFilter.For(new TrainingRequest { InputPath = "-", OutputDirectory = "-" }));
        var random = new Random(Seed);
        var heldOut = catalog.Movies.Select(m => m.Id).OrderBy(_ => random.Next()).Take(HeldOut).ToHashSet();
        var kept = catalog.Movies.Where(m => !heldOut.Contains(m.Id)).ToList();
        HeldOutFilms = [.. catalog.Movies.Where(m => heldOut.Contains(m.Id))];

        var training = new TrainingRequest { InputPath = "kept.csv", OutputDirectory = ModelDirectory };
        await new TrainingPipeline(new InMemoryCatalogReader(kept), new ModelWriter()).TrainAsync(training);
        Before = await new ModelReader().ReadAsync(ModelDirectory);

        var updater = new CatalogUpdater(new InMemoryCatalogReader(HeldOutFilms), new ModelReader(), new ModelWriter());
        Summary = await updater.UpdateAsync(new CatalogUpdateRequest { ModelDirectory = ModelDirectory, InputPath = "held-out.csv" });
        Updated = await new ModelReader().ReadAsync(ModelDirectory);
        UpdatedSpace = VectorSpaceFiles.Read(ModelDirectory, Updated.Manifest);

        Retrained = RecommenderModelBuilder.Build([.. kept, .. HeldOutFilms], new ModelBuildOptions()).Model;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _temp.Dispose();
}
