using System.Runtime.InteropServices;
using MovieRecommender.Core.Model;

namespace MovieRecommender.Core.Recommendations;

/// <summary>
/// Ranks candidate films for a set of seed films in three stages, widening only while fewer than the requested number
/// pass the filters: (1) the seeds' stored neighbours, similarities averaged over the seeds; (2) neighbours of those
/// neighbours (similarity = product along the path, never above the direct link); (3) films sharing the seeds' top
/// terms through the term → films index (sum of weight products ≈ cosine over top terms), reading only the head of
/// each term's list, and a deeper head only while too few films pass. Every stage is bounded.
/// The ranking is stage-major: a direct neighbour always ranks above anything a wider stage found (a film outside a
/// seed's top-K list is by construction less similar to it than the list's last entry), and each stage is sorted on
/// its own. So widening only ever appends: position i holds the same film however far the caller reads.
/// </summary>
internal static class CandidatePool
{
    // Head of each term's posting list read in stage 3, and the total postings read for one request.
    private const int MaxPostingsPerTerm = 4_000;
    private const int MaxTermPostingsPerRequest = 400_000;

    // Stage 3 reads this much of each term's list first and goes deeper only while too few films pass the filters:
    // an unfiltered request is filled from the heads, a strict filter still gets to search the whole bounded depth.
    private static readonly int[] PostingDepths = [64, 512, MaxPostingsPerTerm];

    // shares: each seed's weight over the sum of absolute weights (1/n each for equal seeds), negative = against;
    // excluded: dense indices never to return besides the seeds (e.g. films the user has seen).
    public static List<ScoredMovie> Build(ServingState state, int[] seeds, double[] shares, MovieFilterMatcher filter, int needed,
        IReadOnlySet<int>? excluded = null)
    {
        RecommenderModel model = state.Model;
        var scores = new Dictionary<int, double>();
        var seedSet = new HashSet<int>(seeds);
        if (excluded is not null)
        {
            seedSet.UnionWith(excluded);
        }

        for (int s = 0; s < seeds.Length; s++)
        {
            ReadOnlySpan<int> neighbours = model.NeighboursOf(seeds[s]);
            ReadOnlySpan<float> similarities = model.NeighbourScoresOf(seeds[s]);
            for (int i = 0; i < neighbours.Length; i++)
            {
                if (!seedSet.Contains(neighbours[i]))
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(scores, neighbours[i], out _) += similarities[i] * shares[s];
                }
            }
        }

        var passing = new List<ScoredMovie>();
        if (filter.MatchesNothing)
        {
            return passing;
        }

        AddSortedPassing(state, scores, filter, passing);
        if (passing.Count >= needed)
        {
            return passing;
        }

        var deeper = new Dictionary<int, double>();
        foreach (var (candidate, score) in scores)
        {
            if (score <= 0)
            {
                continue;
            }

            ReadOnlySpan<int> neighbours = model.NeighboursOf(candidate);
            ReadOnlySpan<float> similarities = model.NeighbourScoresOf(candidate);
            for (int i = 0; i < neighbours.Length; i++)
            {
                int next = neighbours[i];
                if (!seedSet.Contains(next) && !scores.ContainsKey(next))
                {
                    ref double best = ref CollectionsMarshal.GetValueRefOrAddDefault(deeper, next, out _);
                    best = Math.Max(best, score * similarities[i]);
                }
            }
        }

        AddSortedPassing(state, deeper, filter, passing);
        if (passing.Count >= needed)
        {
            return passing;
        }

        int found = passing.Count;
        foreach (int depth in PostingDepths)
        {
            Dictionary<int, double> byTerms = ScoreByTerms(state, seeds, shares, seedSet, scores, deeper, depth);
            passing.RemoveRange(found, passing.Count - found);
            AddSortedPassing(state, byTerms, filter, passing);
            if (passing.Count >= needed)
            {
                break;
            }
        }

        return passing;
    }

    /// <summary>
    /// Films sharing the seeds' top terms that no earlier stage found, scored by the sum of weight products over the
    /// first <paramref name="depth"/> entries of each term's list (weight order), within the per-request budget.
    /// </summary>
    private static Dictionary<int, double> ScoreByTerms(ServingState state, int[] seeds, double[] shares, HashSet<int> seedSet,
        Dictionary<int, double> direct, Dictionary<int, double> twoHops, int depth)
    {
        RecommenderModel model = state.Model;
        var byTerms = new Dictionary<int, double>();
        int budget = MaxTermPostingsPerRequest;
        for (int s = 0; s < seeds.Length; s++)
        {
            double seedShare = shares[s];
            ReadOnlySpan<int> terms = model.TopTermsOf(seeds[s]);
            ReadOnlySpan<float> weights = model.TopTermWeightsOf(seeds[s]);
            for (int t = 0; t < terms.Length && budget > 0; t++)
            {
                ReadOnlySpan<int> films = state.TermPostings.MoviesOf(terms[t]);
                ReadOnlySpan<float> filmWeights = state.TermPostings.WeightsOf(terms[t]);
                int take = Math.Min(Math.Min(films.Length, depth), budget);
                budget -= take;
                for (int i = 0; i < take; i++)
                {
                    int film = films[i];
                    if (!seedSet.Contains(film) && !direct.ContainsKey(film) && !twoHops.ContainsKey(film))
                    {
                        CollectionsMarshal.GetValueRefOrAddDefault(byTerms, film, out _) +=
                            (double)weights[t] * filmWeights[i] * seedShare;
                    }
                }
            }
        }

        return byTerms;
    }

    /// <summary>Appends one stage's films that pass the filter, best first, after the earlier stages' films.</summary>
    private static void AddSortedPassing(ServingState state, Dictionary<int, double> scores, MovieFilterMatcher filter,
        List<ScoredMovie> passing)
    {
        int[] rankOf = state.Popularity.RankOf;
        float[] logVoteShare = state.Popularity.LogVoteShare;
        double prior = state.PopularityPrior;
        var stage = new RankedCandidate[scores.Count];
        int count = 0;
        foreach (var (movie, score) in scores)
        {
            // A film pulled down by films the user disliked as much as it was pulled up is not a recommendation.
            if (score > 0 && filter.Matches(movie))
            {
                stage[count++] = new RankedCandidate(score + (prior * logVoteShare[movie]), rankOf[movie], new ScoredMovie(movie, score));
            }
        }

        Array.Sort(stage, 0, count);
        passing.EnsureCapacity(passing.Count + count);
        for (int i = 0; i < count; i++)
        {
            passing.Add(stage[i].Candidate);
        }
    }

    /// <summary>Sort key of a candidate: ranking score (similarity plus popularity prior) descending, then popularity rank.</summary>
    private readonly record struct RankedCandidate(double RankScore, int PopularityRank, ScoredMovie Candidate)
        : IComparable<RankedCandidate>
    {
        public int CompareTo(RankedCandidate other)
        {
            int byScore = other.RankScore.CompareTo(RankScore);
            return byScore != 0 ? byScore : PopularityRank.CompareTo(other.PopularityRank);
        }
    }
}
