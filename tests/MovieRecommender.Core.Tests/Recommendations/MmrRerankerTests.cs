using MovieRecommender.Core.Model;
using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Core.Tests.Recommendations;

/// <summary>
/// What a reader of a diversified list notices: no film twice, the most relevant film first, near-duplicates
/// pushed down only as far as the diversity setting asks, and the same list for the same request.
/// </summary>
public sealed class MmrRerankerTests
{
    // Films 0 and 1 share every term (similarity 1); 2, 3 and 4 share nothing with them or with each other.
    private const int Original = 0;
    private const int NearDuplicate = 1;
    private const int Different = 2;
    private const int OtherDifferent = 3;
    private const int Unrelated = 4;

    private const double ModestDiversity = 0.3;
    private const double StrongDiversity = 0.7;

    private static readonly RecommenderModel Model = new TestModelBuilder()
        .Add(1, "Original", votes: 100, genres: ["Heist"], director: "Ann Lee", keywords: ["vault"], countries: [])
        .Add(2, "Near duplicate", votes: 100, genres: ["Heist"], director: "Ann Lee", keywords: ["vault"], countries: [])
        .Add(3, "Different", votes: 100, genres: ["Musical"], director: "Bo Chan", keywords: ["dance"], countries: [])
        .Add(4, "Other different", votes: 100, genres: ["Western"], director: "Cy Doe", keywords: ["horse"], countries: [])
        .Add(5, "Unrelated", votes: 10_000, genres: ["Documentary"], director: "Di Roe", keywords: ["ocean"], countries: [])
        .Build();

    [Fact]
    public void Rerank_AnyDiversity_NeverRepeatsAFilm()
    {
        // Arrange
        var state = State();
        var ranked = Ranked((Original, 0.9), (NearDuplicate, 0.8), (Different, 0.3), (OtherDifferent, 0.2), (Unrelated, 0.1));

        foreach (double lambda in new[] { 0.0, ModestDiversity, StrongDiversity, 1.0 })
        {
            // Act
            var result = MmrReranker.Rerank(state, ranked, ranked.Count, lambda, popularityPrior: state.PopularityPrior);

            // Assert
            Assert.Equal(ranked.Select(r => r.Movie).Order(), result.Select(r => r.Movie).Order());
        }
    }

    [Fact]
    public void Rerank_SelectBeyondPool_ReturnsEachFilmOnce()
    {
        // Arrange
        var state = State();
        var ranked = Ranked((Original, 0.9), (Different, 0.5), (OtherDifferent, 0.4));

        // Act
        var result = MmrReranker.Rerank(state, ranked, select: 10, StrongDiversity, popularityPrior: state.PopularityPrior);

        // Assert
        Assert.Equal(3, result.Count);
        Assert.Equal(3, result.Select(r => r.Movie).Distinct().Count());
    }

    [Fact]
    public void Rerank_SelectFewerThanPool_ReturnsThatMany()
    {
        // Arrange
        var state = State();
        var ranked = Ranked((Original, 0.9), (NearDuplicate, 0.8), (Different, 0.5), (OtherDifferent, 0.4));

        // Act
        var result = MmrReranker.Rerank(state, ranked, select: 2, ModestDiversity, popularityPrior: state.PopularityPrior);

        // Assert
        Assert.Equal(2, result.Count);
    }

    [Fact]
    public void Rerank_NoDiversity_OrdersByRelevanceWhateverTheIncomingOrder()
    {
        // Arrange
        var state = State();
        var ranked = Ranked((Unrelated, 0.1), (Different, 0.6), (Original, 0.9), (OtherDifferent, 0.3));

        // Act
        var result = MmrReranker.Rerank(state, ranked, ranked.Count, lambda: 0, popularityPrior: state.PopularityPrior);

        // Assert
        Assert.Equal([Original, Different, OtherDifferent, Unrelated], result.Select(r => r.Movie));
        Assert.Equal([0.9, 0.6, 0.3, 0.1], result.Select(r => r.Score));
    }

    [Fact]
    public void Rerank_EqualRelevance_KeepsTheIncomingOrder()
    {
        // Arrange
        var state = State();
        var ranked = Ranked((OtherDifferent, 0.5), (Different, 0.5), (Unrelated, 0.5));

        // Act
        var result = MmrReranker.Rerank(state, ranked, ranked.Count, lambda: 0, popularityPrior: state.PopularityPrior);

        // Assert
        Assert.Equal([OtherDifferent, Different, Unrelated], result.Select(r => r.Movie));
    }

    [Fact]
    public void Rerank_ModestDiversity_KeepsAHighlyRelevantNearDuplicateAboveAnIrrelevantFilm()
    {
        // Arrange: raw similarities are small; relevance is rescaled to the pool's best, so a modest diversity
        // setting still prefers the strong near-duplicate to a film that hardly matches the seed.
        var state = State();
        var ranked = Ranked((Original, 0.20), (NearDuplicate, 0.18), (Different, 0.05));

        // Act
        var result = MmrReranker.Rerank(state, ranked, ranked.Count, ModestDiversity, popularityPrior: state.PopularityPrior);

        // Assert
        Assert.Equal([Original, NearDuplicate, Different], result.Select(r => r.Movie));
    }

    [Fact]
    public void Rerank_StrongDiversity_PushesTheNearDuplicateBelowDifferentFilms()
    {
        // Arrange
        var state = State();
        var ranked = Ranked((Original, 0.9), (NearDuplicate, 0.85), (Different, 0.4), (OtherDifferent, 0.3));

        // Act
        var result = MmrReranker.Rerank(state, ranked, ranked.Count, StrongDiversity, popularityPrior: state.PopularityPrior);

        // Assert
        Assert.Equal([Original, Different, OtherDifferent, NearDuplicate], result.Select(r => r.Movie));
    }

    [Fact]
    public void Rerank_NearDuplicateOfAnEarlierPick_StaysPenalisedAfterLaterPicks()
    {
        // Arrange: after Original and Different are picked, the near-duplicate must still count as redundant
        // with Original (the highest similarity to anything picked), not only with the latest pick.
        var state = State();
        var ranked = Ranked((Original, 0.9), (Different, 0.85), (NearDuplicate, 0.8), (OtherDifferent, 0.45));

        // Act
        var result = MmrReranker.Rerank(state, ranked, ranked.Count, StrongDiversity, popularityPrior: state.PopularityPrior);

        // Assert
        Assert.Equal([Original, Different, OtherDifferent, NearDuplicate], result.Select(r => r.Movie));
    }

    [Fact]
    public void Rerank_AllScoresZero_StillReturnsEveryFilmOnce()
    {
        // Arrange
        var state = State();
        var ranked = Ranked((Different, 0), (OtherDifferent, 0), (Unrelated, 0));

        // Act
        var result = MmrReranker.Rerank(state, ranked, ranked.Count, ModestDiversity, popularityPrior: state.PopularityPrior);

        // Assert
        Assert.Equal([Different, OtherDifferent, Unrelated], result.Select(r => r.Movie));
    }

    [Fact]
    public void Rerank_PopularityPrior_BreaksATieTowardTheBetterKnownFilm()
    {
        // Arrange: relevance is the similarity plus the popularity prior, as in the plain ranking.
        var state = State(popularityPrior: 0.1);
        var ranked = Ranked((Different, 0.5), (Unrelated, 0.5));

        // Act
        var result = MmrReranker.Rerank(state, ranked, ranked.Count, lambda: 0, popularityPrior: state.PopularityPrior);

        // Assert
        Assert.Equal([Unrelated, Different], result.Select(r => r.Movie));
    }

    [Fact]
    public void Rerank_CalledRepeatedly_GivesTheSameList()
    {
        // Arrange: the scratch arrays are pooled, so nothing of one request may leak into the next.
        var state = State();
        var ranked = Ranked((Original, 0.9), (NearDuplicate, 0.85), (Different, 0.4), (OtherDifferent, 0.3), (Unrelated, 0.2));
        var first = MmrReranker.Rerank(state, ranked, select: 3, StrongDiversity, popularityPrior: state.PopularityPrior);

        // Act
        var second = MmrReranker.Rerank(state, ranked, select: 3, StrongDiversity, popularityPrior: state.PopularityPrior);
        var third = MmrReranker.Rerank(state, ranked, select: 3, StrongDiversity, popularityPrior: state.PopularityPrior);

        // Assert
        Assert.Equal([Original, Different, OtherDifferent], first.Select(r => r.Movie));
        Assert.Equal(first, second);
        Assert.Equal(first, third);
    }

    private static ServingState State(double popularityPrior = 0) =>
        ServingState.Build(Model, generation: 1, DateTimeOffset.UnixEpoch, TimeSpan.Zero,
            new RecommenderOptions { PopularityPrior = popularityPrior });

    private static List<ScoredMovie> Ranked(params (int Movie, double Score)[] entries) =>
        [.. entries.Select(e => new ScoredMovie(e.Movie, e.Score))];
}
