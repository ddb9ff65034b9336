using MovieRecommender.Core.Model;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Core.Recommendations.Synthetic;

namespace MovieRecommender.Core.Tests.Recommendations;

/// <summary>
/// Paging of <see cref="RecommenderService.Recommend"/>: page N+1 continues page N, whatever the page size, the depth,
/// the filters or the diversity, and <see cref="RecommendationResult.Total"/> is the same on every page.
/// </summary>
public partial class RecommenderServiceTests
{
    private const int PagingNeighbours = 30;
    private const int PagingCases = 24;

    // Far more films than neighbours per film, and few enough terms that a term reaches dozens of films, so a request
    // can stop after its seeds' neighbours, after their neighbours, or go on to the term index.
    private static readonly Lazy<RecommenderModel> PagingCatalog = new(() => new SyntheticModelBuilder
    {
        MovieCount = 10_000,
        NeighboursPerMovie = PagingNeighbours,
        TopTermsPerMovie = 8,
        TermCount = 2_000,
        TitleVocabularySize = 5_000,
        Seed = 7,
    }.Build());

    public static TheoryData<int> PagingSeeds() => [.. Enumerable.Range(1, PagingCases)];

    [Theory]
    [MemberData(nameof(PagingSeeds))]
    public void Recommend_WalkingEveryPage_NeverRepeatsOrSkipsAFilmAndKeepsTotal(int seed)
    {
        // Arrange: a random request (seeds, filters, page size, diversity) and the same request one page at a time.
        var random = new Random(seed);
        RecommenderModel model = PagingCatalog.Value;
        using var service = CreateService(model, cacheSize: 10);
        var request = RandomRequest(random, model);
        int pageSize = request.Diversity > 0 ? random.Next(50, 101) : random.Next(3, 101);

        // Act
        var pages = WalkPages(service, request, pageSize);
        var reference = WalkPages(service, request, RecommenderService.MaxPageSize);

        // Assert
        int total = pages[0].Total;
        Assert.All(pages, page => Assert.Equal(total, page.Total));
        var ids = pages.SelectMany(p => p.Items).Select(i => i.Movie.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        int reachable = Math.Min(total, (pages.Count - 1) * pageSize + pageSize);
        Assert.Equal(reachable, ids.Count);
        var referenceIds = reference.SelectMany(p => p.Items).Select(i => i.Movie.Id).Take(ids.Count).ToList();
        Assert.Equal(referenceIds, ids);
        Assert.DoesNotContain(ids, id => request.SeedIds.Contains(id));
    }

    [Fact]
    public void Recommend_RandomRequests_ReachEveryWideningStage()
    {
        // Arrange: the films each stage can contribute, worked out from the model directly.
        RecommenderModel model = PagingCatalog.Value;
        using var service = CreateService(model, cacheSize: 10);
        var stagesReached = new HashSet<int>();

        // Act
        for (int seed = 1; seed <= PagingCases; seed++)
        {
            var random = new Random(seed);
            var request = RandomRequest(random, model);
            var result = service.Recommend(request with { Count = 1 });
            var (direct, twoHops) = PassingNeighbourhood(model, request);
            stagesReached.Add(direct >= RecommenderService.MaxRankedPositions ? 1 : result.Total <= direct + twoHops ? 2 : 3);
        }

        // Assert: some requests were served from neighbours alone, some from neighbours' neighbours, some needed the term index.
        Assert.Equal([1, 2, 3], stagesReached.Order());
    }

    [Fact]
    public void Recommend_Diversity_ReordersTheRankedFilmsOnly()
    {
        // Arrange: enough seeds that the ranking is as long as it can be.
        RecommenderModel model = PagingCatalog.Value;
        using var service = CreateService(model);
        var request = new RecommendationRequest { SeedIds = [.. Enumerable.Range(1, RecommenderService.MaxSeeds)] };

        // Act
        var relevance = WalkPages(service, request, RecommenderService.MaxPageSize).SelectMany(p => p.Items).Select(i => i.Movie.Id).ToList();
        var diverse = WalkPages(service, request with { Diversity = 0.9 }, RecommenderService.MaxPageSize)
            .SelectMany(p => p.Items).Select(i => i.Movie.Id).ToList();

        // Assert: the same films (MMR's pool is the ranking, never more), in another order.
        Assert.Equal(RecommenderService.MaxRankedPositions, relevance.Count);
        Assert.True(RecommenderService.MaxRankedPositions <= RecommenderService.MmrPoolSize);
        Assert.Equal(relevance.Order(), diverse.Order());
        Assert.NotEqual(relevance.Take(RecommendationRequest.DefaultCount), diverse.Take(RecommendationRequest.DefaultCount));
    }

    [Fact]
    public void Recommend_Total_NeverExceedsTheDeepestReachablePosition()
    {
        // Arrange
        using var service = CreateService(PagingCatalog.Value);

        // Act
        var result = service.Recommend(new RecommendationRequest { SeedIds = [.. Enumerable.Range(1, RecommenderService.MaxSeeds)] });

        // Assert
        Assert.Equal(RecommenderService.MaxRankedPositions, result.Total);
    }

    private static List<RecommendationResult> WalkPages(RecommenderService service, RecommendationRequest request, int pageSize)
    {
        var pages = new List<RecommendationResult>();
        for (int offset = 0; offset <= RecommenderService.MaxOffset; offset += pageSize)
        {
            var page = service.Recommend(request with { Count = pageSize, Offset = offset });
            Assert.Equal(RecommendationStatus.Ok, page.Status);
            pages.Add(page);
            if (offset + pageSize >= page.Total)
            {
                break;
            }
        }

        return pages;
    }

    private static RecommendationRequest RandomRequest(Random random, RecommenderModel model)
    {
        // Mostly a few seeds (the neighbours run out, so the pool widens); sometimes many (neighbours alone suffice).
        int seedCount = random.Next(4) == 0 ? random.Next(30, RecommenderService.MaxSeeds + 1) : random.Next(1, 4);
        int[] seeds = [.. Enumerable.Range(0, seedCount).Select(_ => model.Movies[random.Next(model.MovieCount)].Id).Distinct()];
        int minYear = 1920 + random.Next(80);
        var filter = random.Next(4) switch
        {
            0 => MovieFilter.None,
            1 => new MovieFilter { MinYear = minYear, MaxYear = minYear + random.Next(10, 60) },
            2 => new MovieFilter { Genres = ["Drama", "Comedy"], MinRuntime = 80 + random.Next(40) },
            _ => new MovieFilter { MinYear = minYear, MaxYear = minYear + random.Next(2, 10), Genres = ["Drama"] },
        };
        double diversity = random.Next(3) == 0 ? 0.2 + (random.NextDouble() * 0.7) : 0;
        return new RecommendationRequest { SeedIds = seeds, Filter = filter, Diversity = diversity };
    }

    /// <summary>
    /// Films passing the request's filter among the seeds' neighbours, and among those neighbours' neighbours
    /// (the filters <see cref="RandomRequest"/> makes: years, genres, minimum runtime).
    /// </summary>
    private static (int Direct, int TwoHops) PassingNeighbourhood(RecommenderModel model, RecommendationRequest request)
    {
        var indexOf = Enumerable.Range(0, model.MovieCount).ToDictionary(i => model.Movies[i].Id);
        var seeds = request.SeedIds.Select(id => indexOf[id]).ToHashSet();
        var direct = seeds.SelectMany(s => model.NeighboursOf(s).ToArray()).Where(m => !seeds.Contains(m)).ToHashSet();
        var twoHops = direct.SelectMany(d => model.NeighboursOf(d).ToArray()).Where(m => !seeds.Contains(m) && !direct.Contains(m)).ToHashSet();
        var filter = request.Filter;
        bool Passes(int index)
        {
            var movie = model.Movies[index];
            return (filter.MinYear is null || movie.Year >= filter.MinYear) && (filter.MaxYear is null || movie.Year <= filter.MaxYear)
                && (filter.MinRuntime is null || movie.RuntimeMinutes >= filter.MinRuntime)
                && (filter.Genres.Count == 0 || movie.Genres.Any(g => filter.Genres.Contains(g)));
        }

        return (direct.Count(Passes), twoHops.Count(Passes));
    }
}
