using Microsoft.Extensions.Options;
using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Core.Tests.Recommendations;

/// <summary>
/// Uncached requests rank through pooled scratch (issue #10): whatever ran before on the same scratch, and however many
/// requests run at once, each result must be the one a fresh service computes.
/// </summary>
public partial class RecommenderServiceTests
{
    private const int ConcurrentRounds = 40;
    private const int ConcurrentWorkers = 8;

    // Plain, multi-seed, weighted against, excluding, filtered, diversified and deep pages: each leaves different
    // films stamped in different stages of the scratch for the next request to ignore.
    private static readonly RecommendationRequest[] MixedRequests =
    [
        new() { SeedIds = [TestCatalog.DarkKnight], Count = 10 },
        new() { SeedIds = [TestCatalog.Inception, TestCatalog.Interstellar, TestCatalog.Dune2021], Count = 20 },
        new() { SeedIds = [TestCatalog.Inception, TestCatalog.DarkKnight], SeedWeights = [1.0, -1.0], Count = 20 },
        new() { SeedIds = [TestCatalog.DarkKnight], ExcludeIds = [TestCatalog.BatmanBegins, TestCatalog.Prestige], Count = 20 },
        new() { SeedIds = [TestCatalog.Amelie], Filter = new MovieFilter { MinYear = 1990 }, Count = 15 },
        new() { SeedIds = [TestCatalog.BladeRunner2049], Diversity = 0.5, Count = 12 },
        new() { SeedIds = [TestCatalog.Godfather, TestCatalog.Heat], Offset = 5, Count = 7 },
        new() { SeedIds = [TestCatalog.SpiritedAway], Count = 20 },
    ];

    [Fact]
    public void Recommend_ConsecutiveUncachedRequests_EachMatchesAFreshService()
    {
        // Arrange: every request on its own service (fresh scratch), then all of them twice on one service.
        string[] expected = [.. MixedRequests.Select(request =>
        {
            using var fresh = CreateUncachedService();
            return Describe(fresh.Recommend(request));
        })];
        using var service = CreateUncachedService();

        // Act
        string[] first = [.. MixedRequests.Select(request => Describe(service.Recommend(request)))];
        string[] reversed = [.. Enumerable.Reverse(MixedRequests).Select(request => Describe(service.Recommend(request)))];

        // Assert
        Assert.Equal(expected, first);
        Assert.Equal(Enumerable.Reverse(expected), reversed);
    }

    [Fact]
    public async Task Recommend_ConcurrentUncachedRequests_GiveTheSequentialResults()
    {
        // Arrange
        using var service = CreateUncachedService();
        string[] sequential = [.. MixedRequests.Select(request => Describe(service.Recommend(request)))];

        // Act: several workers at once, each walking the requests from a different start.
        var workers = Enumerable.Range(0, ConcurrentWorkers).Select(worker => Task.Run(() =>
        {
            var mismatches = new List<string>();
            for (int round = 0; round < ConcurrentRounds; round++)
            {
                int r = (worker + round) % MixedRequests.Length;
                string actual = Describe(service.Recommend(MixedRequests[r]));
                if (actual != sequential[r])
                {
                    mismatches.Add($"request {r}: {actual}");
                }
            }

            return mismatches;
        }));
        List<string>[] results = await Task.WhenAll(workers);

        // Assert
        Assert.Empty(results.SelectMany(m => m));
    }

    [Fact]
    public void RecommendForProfile_AfterOtherRequests_MatchesAFreshService()
    {
        // Arrange
        var profile = new ProfileRecommendationRequest
        {
            Ratings = [new RatedFilm(TestCatalog.Inception, 5), new RatedFilm(TestCatalog.Amelie, 1), new RatedFilm(TestCatalog.Heat, 4)],
            Count = 20,
        };
        using var fresh = CreateUncachedService();
        string expected = Describe(fresh.RecommendForProfile(profile));
        using var service = CreateUncachedService();
        foreach (var request in MixedRequests)
        {
            service.Recommend(request);
        }

        // Act
        string actual = Describe(service.RecommendForProfile(profile));

        // Assert
        Assert.Equal(expected, actual);
    }

    private static RecommenderService CreateUncachedService()
    {
        var service = new RecommenderService(Options.Create(new RecommenderOptions { CacheEnabled = false }), TimeProvider.System);
        service.UseModel(Catalog, LoadDuration);
        return service;
    }

    // Everything a client sees of a result, as one comparable string.
    private static string Describe(RecommendationResult result) =>
        FormattableString.Invariant($"{result.Status} {result.Total} {result.Offset} {result.IsShort} {result.Algorithm}: ")
        + string.Join(" | ", result.Items.Select(Describe));

    private static string Describe(Recommendation item) =>
        FormattableString.Invariant($"{item.Movie.Id} {item.Similarity:R} ")
        + "[" + string.Join(", ", item.Explanation.Select(e => FormattableString.Invariant($"{e.Kind} {e.Value} {e.Weight:R}"))) + "] "
        + "[" + string.Join(", ", item.Sources.Select(s => FormattableString.Invariant($"{s.MovieId} {s.Contribution:R}"))) + "]";
}
