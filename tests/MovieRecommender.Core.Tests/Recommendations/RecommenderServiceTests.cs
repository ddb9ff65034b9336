using Microsoft.Extensions.Options;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Recommendations;
using Moq;

namespace MovieRecommender.Core.Tests.Recommendations;

/// <summary>Model handling, caching and concurrency of <see cref="RecommenderService"/>.</summary>
public partial class RecommenderServiceTests
{
    private static readonly DateTimeOffset LoadedAt = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan LoadDuration = TimeSpan.FromSeconds(2);
    private static readonly RecommenderModel Catalog = TestCatalog.Model();

    [Fact]
    public void QueryMethods_BeforeUseModel_ThrowModelNotReady()
    {
        // Arrange
        using var service = CreateService(model: null);

        // Act / Assert
        Assert.False(service.IsReady);
        Assert.Null(service.CurrentModel);
        Assert.Throws<ModelNotReadyException>(() => service.Search("dark"));
        Assert.Throws<ModelNotReadyException>(() => service.Resolve("dark"));
        Assert.Throws<ModelNotReadyException>(() => service.GetMovie(1));
        Assert.Throws<ModelNotReadyException>(() => service.Recommend(new RecommendationRequest { Title = "dark" }));
        Assert.Throws<ModelNotReadyException>(() => service.TopRated(MovieFilter.None, 0, 10));
        Assert.Throws<ModelNotReadyException>(() => service.ByPerson("x", PersonRole.Cast, 0, 10));
    }

    [Fact]
    public void UseModel_ValidModel_ReportsModelInfo()
    {
        // Arrange
        using var service = CreateService(model: null);

        // Act
        service.UseModel(Catalog, LoadDuration);

        // Assert
        LoadedModelInfo info = Assert.IsType<LoadedModelInfo>(service.CurrentModel);
        Assert.True(service.IsReady);
        Assert.Equal("test-1", info.ModelVersion);
        Assert.Equal(Catalog.MovieCount, info.Movies);
        Assert.Equal(LoadedAt, info.LoadedAt);
        Assert.Equal(LoadDuration, info.LoadDuration);
        Assert.True(info.ApproximateBytes > Catalog.NeighbourIndices.Length * sizeof(int));
    }

    [Fact]
    public void UseModel_InconsistentModel_ThrowsAndKeepsServingPreviousModel()
    {
        // Arrange
        using var service = CreateService(Catalog);
        var broken = new RecommenderModel
        {
            Manifest = Catalog.Manifest,
            Movies = Catalog.Movies,
            NeighbourOffsets = [0],
            NeighbourIndices = [],
            NeighbourScores = [],
            Terms = [],
            TermKinds = [],
            TermLabels = [],
            TopTermOffsets = [0],
            TopTermIndices = [],
            TopTermWeights = [],
        };

        // Act
        var error = Assert.Throws<ArgumentException>(() => service.UseModel(broken, LoadDuration));

        // Assert
        Assert.Contains("NeighbourOffsets", error.Message, StringComparison.Ordinal);
        Assert.Equal("test-1", service.CurrentModel?.ModelVersion);
        Assert.NotNull(service.GetMovie(TestCatalog.DarkKnight));
    }

    [Fact]
    public void Recommend_SameRequestTwice_SecondIsCacheHit()
    {
        // Arrange
        using var service = CreateService(Catalog);
        var request = new RecommendationRequest { Title = "The Dark Knight" };

        // Act
        var first = service.Recommend(request);
        var second = service.Recommend(request with { Title = "dark knight!" });

        // Assert
        Assert.Same(first, second);
        Assert.Equal(new CacheStatistics(1, 1, 1), service.CacheStatistics);
    }

    [Fact]
    public void Recommend_DifferentSeedOrder_SharesCacheEntry()
    {
        // Arrange
        using var service = CreateService(Catalog);

        // Act
        service.Recommend(new RecommendationRequest { SeedIds = [TestCatalog.Inception, TestCatalog.Heat] });
        service.Recommend(new RecommendationRequest { SeedIds = [TestCatalog.Heat, TestCatalog.Inception] });

        // Assert
        Assert.Equal(1, service.CacheStatistics.Hits);
    }

    [Fact]
    public void Recommend_AfterModelSwap_MissesCache()
    {
        // Arrange
        using var service = CreateService(Catalog);
        var request = new RecommendationRequest { SeedIds = [TestCatalog.DarkKnight] };
        service.Recommend(request);

        // Act
        service.UseModel(TestCatalog.Model("test-2"), LoadDuration);
        var afterSwap = service.Recommend(request);

        // Assert
        Assert.Equal(RecommendationStatus.Ok, afterSwap.Status);
        Assert.Equal(new CacheStatistics(0, 2, 1), service.CacheStatistics);
        Assert.Equal("test-2", service.CurrentModel?.ModelVersion);
    }

    [Fact]
    public void Recommend_MoreDistinctRequestsThanCacheSize_KeepsEntriesWithinLimit()
    {
        // Arrange
        using var service = CreateService(Catalog, cacheSize: 2);

        // Act
        for (int count = 1; count <= 6; count++)
        {
            service.Recommend(new RecommendationRequest { SeedIds = [TestCatalog.DarkKnight], Count = count });
        }

        // Assert
        Assert.InRange(service.CacheStatistics.Entries, 0, 2);
        Assert.Equal(6, service.CacheStatistics.Misses);
    }

    [Fact]
    public async Task Queries_WhileModelIsSwapped_NeverFail()
    {
        // Arrange
        const int Swaps = 200;
        using var service = CreateService(Catalog);
        RecommenderModel other = TestCatalog.Model("test-2", neighbours: 3);
        int swapping = 1;
        int queries = 0;

        // Act: dedicated threads, so a busy thread pool cannot turn the test into a no-op; each reader runs
        // at least once and keeps going for as long as models are being swapped.
        var swapper = Task.Factory.StartNew(() =>
        {
            for (int swap = 0; swap < Swaps; swap++)
            {
                service.UseModel(swap % 2 == 0 ? other : Catalog, LoadDuration);
            }

            Volatile.Write(ref swapping, 0);
        }, TaskCreationOptions.LongRunning);
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Factory.StartNew(() =>
        {
            int i = 0;
            do
            {
                var result = service.Recommend(new RecommendationRequest { SeedIds = [TestCatalog.Inception], Offset = i++ % 7 });
                Assert.Equal(RecommendationStatus.Ok, result.Status);
                Assert.NotEmpty(result.Items);
                Assert.NotEmpty(service.Search("dar"));
                Interlocked.Increment(ref queries);
            }
            while (Volatile.Read(ref swapping) == 1);
        }, TaskCreationOptions.LongRunning)).ToList();
        await Task.WhenAll([.. readers, swapper]);

        // Assert
        Assert.True(queries >= 2);
        Assert.Equal(queries, service.CacheStatistics.Hits + service.CacheStatistics.Misses);
        Assert.Equal("test-1", service.CurrentModel?.ModelVersion);
    }

    [Fact]
    public void Constructor_InvalidOptions_ThrowsNamingTheSetting()
    {
        // Arrange
        var options = Options.Create(new RecommenderOptions { CacheSizeLimit = 0 });

        // Act
        var error = Assert.Throws<OptionsValidationException>(() => new RecommenderService(options, TimeProvider.System));

        // Assert
        Assert.Contains(nameof(RecommenderOptions.CacheSizeLimit), error.Message, StringComparison.Ordinal);
    }

    // Most tests check similarity mechanics, so the popularity prior is off unless a test asks for it.
    private static RecommenderService CreateService(RecommenderModel? model, int cacheSize = 100, double popularityPrior = 0)
    {
        var time = new Mock<TimeProvider>();
        time.Setup(t => t.GetUtcNow()).Returns(LoadedAt);
        var service = new RecommenderService(Options.Create(new RecommenderOptions { CacheSizeLimit = cacheSize, PopularityPrior = popularityPrior }), time.Object);
        if (model is not null)
        {
            service.UseModel(model, LoadDuration);
        }

        return service;
    }
}
