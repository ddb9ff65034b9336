using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Collaborative;
using MovieRecommender.Core.Hybrid;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Core.Training;
using MovieRecommender.Web.Services;
using MovieRecommender.Web.Settings;

namespace MovieRecommender.Web.Tests.Services;

/// <summary>The background retrain of the collaborative part from the app's own ratings, one check at a time.</summary>
public sealed class CollaborativeRetrainServiceTests : IDisposable
{
    private const int Films = 30;
    private const int Users = 60;

    private readonly string _root = Directory.CreateTempSubdirectory("movierec-retrain-").FullName;
    private readonly RecommenderService _recommender = new(Options.Create(new RecommenderOptions()), TimeProvider.System);
    private readonly CollaborativeRetrainSettings _settings = new() { Enabled = true, MinNewRatings = 100, MinRatings = 100, IntervalHours = 24 };

    public void Dispose()
    {
        _recommender.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task RetrainIfDue_EnoughNewRatings_PublishesTheContentModelWithACollaborativePart()
    {
        // Arrange
        _recommender.UseModel(ContentModel(), TimeSpan.Zero);
        var service = CreateService(new ListSource(Ratings()));

        // Act
        var version = await service.RetrainIfDueAsync(CancellationToken.None);

        // Assert
        Assert.NotNull(version);
        var published = await new ModelReader().ReadAsync(Path.Combine(_root, "models"));
        Assert.Equal(version, published.Manifest.ModelVersion);
        Assert.True(published.HasHybrid);
        Assert.Equal(Films, published.MovieCount);
        Assert.Equal(Users, published.Collaborative!.UserCount);
        Assert.Equal(Ratings().Count, CollaborativeRetrainer.AppRatingsSeenBy(published));
    }

    [Fact]
    public async Task RetrainIfDue_ServedModelAlreadyTrainedOnTheseRatings_DoesNothing()
    {
        // Arrange: the model in use was retrained from exactly the ratings stored now (and just now).
        _recommender.UseModel(ContentModel(), TimeSpan.Zero);
        var source = new ListSource(Ratings());
        await CreateService(source).RetrainIfDueAsync(CancellationToken.None);
        _recommender.UseModel(await new ModelReader().ReadAsync(Path.Combine(_root, "models")), TimeSpan.Zero);
        var before = Directory.GetLastWriteTimeUtc(Path.Combine(_root, "models"));

        // Act
        var version = await CreateService(source).RetrainIfDueAsync(CancellationToken.None);

        // Assert
        Assert.Null(version);
        Assert.Equal(before, Directory.GetLastWriteTimeUtc(Path.Combine(_root, "models")));
    }

    [Fact]
    public async Task RetrainIfDue_FewerRatingsThanTheMinimum_DoesNothing()
    {
        // Arrange
        _recommender.UseModel(ContentModel(), TimeSpan.Zero);
        _settings.MinRatings = 10_000;

        // Act
        var version = await CreateService(new ListSource(Ratings())).RetrainIfDueAsync(CancellationToken.None);

        // Assert
        Assert.Null(version);
        Assert.False(Directory.Exists(Path.Combine(_root, "models")));
    }

    [Fact]
    public async Task RetrainIfDue_NoModelServedYet_DoesNothing()
    {
        // Arrange
        var service = CreateService(new ListSource(Ratings()));

        // Act
        var version = await service.RetrainIfDueAsync(CancellationToken.None);

        // Assert
        Assert.Null(version);
    }

    private CollaborativeRetrainService CreateService(IAppRatingsSource source)
    {
        var environment = new Mock<IHostEnvironment>();
        environment.Setup(e => e.ContentRootPath).Returns(_root);
        var model = Options.Create(new ModelSettings { Directory = "models" });
        var training = Options.Create(new TrainingOptions
        {
            ItemSimilarity = ItemSimilarityOptions.Default with { Neighbours = 10 },
            Als = ImplicitAlsOptions.Default with { Factors = 8, Iterations = 5, Regularization = 0.5 },
            Hybrid = new HybridOptions { PopularHead = 5, AlsCandidates = 5 },
            Ranker = RankerTrainingOptions.Default with { Iterations = 20, Leaves = 8, MinExamplesPerLeaf = 5, Threads = 1 },
        });
        var retrainer = new CollaborativeRetrainer(new ModelWriter(), new MovieLensRatingsReader(), training);
        return new CollaborativeRetrainService(_recommender, retrainer, new ModelPaths(model, environment.Object), Options.Create(_settings),
            TimeProvider.System, NullLogger<CollaborativeRetrainService>.Instance, source);
    }

    // Films 0–14 are one kind, 15–29 another; each user likes eight of one kind and dislikes two of the other.
    private static Core.Model.RecommenderModel ContentModel()
    {
        var movies = Enumerable.Range(0, Films).Select(i => new Movie
        {
            Id = 500 + i,
            Title = (i < Films / 2 ? "Orbit " : "Meadow ") + i,
            Genres = i < Films / 2 ? ["Science Fiction"] : ["Drama"],
            Keywords = i < Films / 2 ? ["space"] : ["garden"],
            Directors = [i % 2 == 0 ? "Ann Lee" : "Bo Chan"],
            VoteCount = 100 + i,
            VoteAverage = 7,
            ReleaseDate = new DateOnly(2000 + (i % 20), 1, 1),
        }).ToList();
        return RecommenderModelBuilder.Build(movies, new ModelBuildOptions
        {
            TfIdf = new TfIdfOptions { MinDocumentFrequency = 1, MaxDocumentFrequencyRatio = 1.0 },
            Neighbours = new NeighbourOptions { Neighbours = 5 },
        }).Model;
    }

    private static List<AppRating> Ratings()
    {
        var random = new Random(3);
        var ratings = new List<AppRating>();
        for (int user = 0; user < Users; user++)
        {
            int own = user % 2 == 0 ? 0 : Films / 2;
            int other = Films / 2 - own;
            ratings.AddRange(Enumerable.Range(own, Films / 2).OrderBy(_ => random.Next()).Take(8).Select(f => new AppRating($"user-{user}", 500 + f, 4.5f)));
            ratings.AddRange(Enumerable.Range(other, Films / 2).OrderBy(_ => random.Next()).Take(2).Select(f => new AppRating($"user-{user}", 500 + f, 1.5f)));
        }

        // A rating of a film the catalog does not hold is dropped, not fatal.
        ratings.Add(new AppRating("user-0", 99_999, 5));
        return ratings;
    }

    private sealed class ListSource(IReadOnlyList<AppRating> ratings) : IAppRatingsSource
    {
        public Task<long> CountAsync(CancellationToken cancellationToken = default) => Task.FromResult((long)ratings.Count);

        public async IAsyncEnumerable<AppRating> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            foreach (var rating in ratings)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return rating;
            }

            await Task.CompletedTask;
        }
    }
}
