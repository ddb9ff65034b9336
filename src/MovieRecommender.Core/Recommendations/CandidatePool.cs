using System.Runtime.InteropServices;
using MovieRecommender.Core.Model;

namespace MovieRecommender.Core.Recommendations;

/// <summary>
/// Scores candidate films for a set of seed films, widening the search only as far as the filters require:
/// (1) the seeds' stored neighbours, similarities averaged over the seeds; (2) if too few pass the filters,
/// neighbours of those neighbours (similarity = product along the path, never above the direct link);
/// (3) if still short, films sharing the seeds' top terms through the term → films index (sum of weight
/// products ≈ cosine over top terms), reading only the head of each term's list. Every stage is bounded.
/// </summary>
internal static class CandidatePool
{
    // Head of each term's posting list read in stage 3, and the total postings read for one request.
    private const int MaxPostingsPerTerm = 4_000;
    private const int MaxTermPostingsPerRequest = 400_000;

    // shares: each seed's weight over the sum of absolute weights (1/n each for equal seeds), negative = against;
    // excluded: dense indices never to return besides the seeds (e.g. films the user has seen).
    public static List<ScoredMovie> Build(ServingState state, int[] seeds, double[] shares, MovieFilterMatcher filter, int needed,
        double prior, IReadOnlySet<int>? excluded = null)
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

        AddPassing(state, scores, filter, passing);
        if (passing.Count >= needed)
        {
            return Sorted(state, passing, prior);
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

        AddPassing(state, deeper, filter, passing);
        if (passing.Count >= needed)
        {
            return Sorted(state, passing, prior);
        }

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
                int take = Math.Min(Math.Min(films.Length, MaxPostingsPerTerm), budget);
                budget -= take;
                for (int i = 0; i < take; i++)
                {
                    int film = films[i];
                    if (!seedSet.Contains(film) && !scores.ContainsKey(film) && !deeper.ContainsKey(film))
                    {
                        CollectionsMarshal.GetValueRefOrAddDefault(byTerms, film, out _) +=
                            (double)weights[t] * filmWeights[i] * seedShare;
                    }
                }
            }
        }

        AddPassing(state, byTerms, filter, passing);
        return Sorted(state, passing, prior);
    }

    private static void AddPassing(ServingState state, Dictionary<int, double> scores, MovieFilterMatcher filter,
        List<ScoredMovie> passing)
    {
        foreach (var (movie, score) in scores)
        {
            // A film pulled down by films the user disliked as much as it was pulled up is not a recommendation.
            if (score > 0 && filter.Matches(movie))
            {
                passing.Add(new ScoredMovie(movie, score));
            }
        }
    }

    private static List<ScoredMovie> Sorted(ServingState state, List<ScoredMovie> passing, double prior)
    {
        int[] rankOf = state.Popularity.RankOf;
        float[] logVoteShare = state.Popularity.LogVoteShare;
        passing.Sort((a, b) =>
        {
            double rankA = a.Score + (prior * logVoteShare[a.Movie]);
            double rankB = b.Score + (prior * logVoteShare[b.Movie]);
            int byScore = rankB.CompareTo(rankA);
            return byScore != 0 ? byScore : rankOf[a.Movie].CompareTo(rankOf[b.Movie]);
        });
        return passing;
    }
}
