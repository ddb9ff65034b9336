using Microsoft.Extensions.Options;
using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Tests.TestSupport;
using MovieRecommender.Core.Training;
using MovieRecommender.Core.Updating;

namespace MovieRecommender.Core.Tests.Updating;

/// <summary>
/// The <see cref="TasteWorld"/> hybrid model (content, collaborative part, ranker) published to a folder, then updated
/// with one replaced film and two new ones (one of each taste), and both versions read back with the normal reader.
/// </summary>
public sealed class HybridUpdateFixture : IAsyncLifetime, IDisposable
{
    /// <summary>The film the update replaces (retitled, same TMDB id and position).</summary>
    public const int ReplacedFilm = 5;
    public const int NewSpaceId = 9001;
    public const int NewGardenId = 9002;
    public const string ReplacedTitle = "Star Voyage 5: Director's Cut";

    private readonly TempDirectory _temp = new();

    public RecommenderModel Before { get; private set; } = null!;

    public RecommenderModel Updated { get; private set; } = null!;

    public CatalogUpdateSummary Summary { get; private set; } = null!;

    public string ModelDirectory => _temp.File("model");

    public byte[] RankerBefore { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await new ModelWriter().PublishAsync(new HybridWorldFixture().Model, ModelDirectory);
        Before = await new ModelReader().ReadAsync(ModelDirectory);
        RankerBefore = await File.ReadAllBytesAsync(Path.Combine(ModelDirectory, CollaborativeFiles.RankerFile));

        var films = TasteWorld.Movies();
        Movie[] input =
        [
            films[ReplacedFilm] with { Title = ReplacedTitle },
            films[2] with { Id = NewSpaceId, Title = "Star Voyage Returns" },
            films[30] with { Id = NewGardenId, Title = "Rose Garden Returns" },
        ];
        var updater = new CatalogUpdater(
            new InMemoryCatalogReader(input), new ModelReader(), new ModelWriter(), Options.Create(new TrainingOptions { Build = TasteWorld.BuildOptions }));
        Summary = await updater.UpdateAsync(new CatalogUpdateRequest { ModelDirectory = ModelDirectory, InputPath = "update.csv", MaxDegreeOfParallelism = 1 });
        Updated = await new ModelReader().ReadAsync(ModelDirectory);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _temp.Dispose();
}
