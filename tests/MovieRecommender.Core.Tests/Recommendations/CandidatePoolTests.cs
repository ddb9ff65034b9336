using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Core.Tests.Recommendations;

/// <summary>
/// <see cref="CandidatePool"/> on hand-made graphs: it widens (neighbours, their neighbours, shared terms, deeper term
/// lists) only while fewer films than asked pass, keeps a request's term reads within its budget, weighs each seed by
/// its share, and never recommends a film that the seeds' likes and dislikes cancel out.
/// </summary>
public class CandidatePoolTests
{
    private const int Seed = 0;
    private const int Unlimited = int.MaxValue;

    // Stage 3 reads the first 64 films of a term's list before reading deeper (CandidatePool.PostingDepths).
    private const int FirstPostingDepth = 64;

    // CandidatePool.MaxPostingsPerTerm and MaxTermPostingsPerRequest: 100 full lists spend a request's whole budget.
    private const int MaxPostingsPerTerm = 4_000;
    private const int ListsWithinBudget = 100;

    [Theory]
    [InlineData(2, new[] { 1, 2 })]
    [InlineData(3, new[] { 1, 2, 3 })]
    [InlineData(4, new[] { 1, 2, 3, 4 })]
    [InlineData(Unlimited, new[] { 1, 2, 3, 4 })]
    public void Build_EnoughFilmsPassAStage_StopsWidening(int needed, int[] expected)
    {
        // Arrange: the seed's neighbours 1 and 2, film 3 a neighbour of 1, film 4 sharing a term with the seed only.
        ServingState state = new HandMadeGraph(5)
            .Link(Seed, 1, 0.9f).Link(Seed, 2, 0.8f).Link(1, 3, 0.7f)
            .Term(Seed, 0, 1f).Term(4, 0, 1f)
            .Serve();

        // Act
        var pool = Build(state, [Seed], [1.0], needed);

        // Assert
        Assert.Equal(expected, pool.Select(c => c.Movie));
    }

    [Fact]
    public void Build_TermListHeadsFillTheRequest_ReadsNoDeeper()
    {
        // Arrange: 100 films share the seed's only term, heaviest first 1, 2, ... 100 (the seed itself last).
        const int Sharing = 100;
        var graph = new HandMadeGraph(Sharing + 1).Term(Seed, 0, 0.5f);
        for (int film = 1; film <= Sharing; film++)
        {
            graph.Term(film, 0, 1f - (film / 1000f));
        }

        ServingState state = graph.Serve();

        // Act
        var fromHeads = Build(state, [Seed], [1.0], needed: FirstPostingDepth);
        var deeper = Build(state, [Seed], [1.0], needed: FirstPostingDepth + 1);

        // Assert: the heads give exactly what was asked, the heaviest first; one more reads the whole list.
        Assert.Equal(Enumerable.Range(1, FirstPostingDepth), fromHeads.Select(c => c.Movie));
        Assert.Equal(Enumerable.Range(1, Sharing), deeper.Select(c => c.Movie));
    }

    [Fact]
    public void Build_SeedTermsBeyondTheRequestBudget_AreNotRead()
    {
        // Arrange: the seed's first 100 terms each list 4,000 films before the seed itself (the whole budget); its
        // last term alone reaches film 4001.
        const int Sharing = MaxPostingsPerTerm;
        const int PastTheBudget = Sharing + 1;
        var graph = new HandMadeGraph(Sharing + 2);
        for (int term = 0; term <= ListsWithinBudget; term++)
        {
            graph.Term(Seed, term, 0.05f);
        }

        for (int film = 1; film <= Sharing; film++)
        {
            for (int term = 0; term < ListsWithinBudget; term++)
            {
                graph.Term(film, term, 0.1f);
            }
        }

        graph.Term(PastTheBudget, ListsWithinBudget, 1f);
        ServingState state = graph.Serve();

        // Act
        var pool = Build(state, [Seed], [1.0], Unlimited);

        // Assert
        Assert.Equal(Sharing, pool.Count);
        Assert.DoesNotContain(pool, c => c.Movie == PastTheBudget);
    }

    [Fact]
    public void Build_WeightedSeeds_ScoreTermMatchesByEachSeedsShare()
    {
        // Arrange: seed 0 (share 0.8) and seed 1 (share 0.2) each share one term, with the same weights, with one film.
        const int OtherSeed = 1;
        ServingState state = new HandMadeGraph(4)
            .Term(Seed, 0, 1f).Term(2, 0, 0.5f)
            .Term(OtherSeed, 1, 1f).Term(3, 1, 0.5f)
            .Serve();

        // Act
        var pool = Build(state, [Seed, OtherSeed], [0.8, 0.2], Unlimited);

        // Assert: the film like the heavier seed ranks first, each scored weight × weight × share.
        Assert.Equal([2, 3], pool.Select(c => c.Movie));
        Assert.Equal(0.4, pool[0].Score, 1e-9);
        Assert.Equal(0.1, pool[1].Score, 1e-9);
    }

    [Fact]
    public void Build_FilmLikedAndDislikedEqually_IsNeitherRecommendedNorWidenedFrom()
    {
        // Arrange: film 2 is as close to the liked seed as to the disliked one (score exactly 0); its neighbour 3
        // shares a term with the liked seed; film 4 is a plain neighbour of the liked seed.
        const int Disliked = 1;
        ServingState state = new HandMadeGraph(5)
            .Link(Seed, 2, 0.6f).Link(Disliked, 2, 0.6f).Link(Seed, 4, 0.5f).Link(2, 3, 0.9f)
            .Term(Seed, 0, 1f).Term(3, 0, 0.5f)
            .Serve();

        // Act
        var pool = Build(state, [Seed, Disliked], [0.5, -0.5], Unlimited);

        // Assert: film 2 is no recommendation, and film 3 is still found through the seed's term, not lost as a
        // neighbour of a film with no similarity to spread.
        Assert.Equal([4, 3], pool.Select(c => c.Movie));
        Assert.All(pool, c => Assert.True(c.Score > 0));
    }

    private static List<ScoredMovie> Build(ServingState state, int[] seeds, double[] shares, int needed) =>
        CandidatePool.Build(state, new RecommendationScratch(), [], seeds, shares,
            state.CreateFilter(filter: null, seeds.Select(s => state.Movies[s])), needed, prior: 0);
}
