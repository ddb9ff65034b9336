using System.Buffers;
using MovieRecommender.Core.Model;

namespace MovieRecommender.Core.Recommendations;

/// <summary>
/// Maximal marginal relevance: repeatedly pick the candidate maximising (1−λ)·relevance − λ·(highest
/// similarity to anything already picked), where film–film similarity is the dot product of their
/// L2-normalised top-term vectors. Relevance is the ranking score (similarity plus the popularity prior)
/// divided by the pool's best, so both terms live on the same 0–1 scale: raw cosines to the seed are small
/// (0.1–0.6), and without the rescaling even a modest λ let the redundancy penalty swamp relevance.
/// Each pick chooses among the <see cref="CandidatesPerPick"/> highest-ranked films not picked yet (the window slides
/// down the ranking as films are picked), so pick j never depends on how many picks follow it: taking 15 or 1,000
/// gives the same first 15, which keeps pages of a diversified list continuous. Each candidate's "highest similarity
/// so far" is updated with the newest pick only, so k picks cost about k·(window + k) sparse dot products.
/// </summary>
internal static class MmrReranker
{
    /// <summary>Films each pick chooses from; about three times a default page, as the first MMR pool was.</summary>
    public const int CandidatesPerPick = 30;

    /// <summary>
    /// The first <paramref name="select"/> picks from <paramref name="ranked"/> (the whole pool, best first);
    /// <paramref name="popularityPrior"/> is added to relevance (0 for hybrid scores, which already weigh popularity).
    /// </summary>
    public static List<ScoredMovie> Rerank(ServingState state, List<ScoredMovie> ranked, int select, double lambda, double popularityPrior)
    {
        RecommenderModel model = state.Model;
        int poolSize = ranked.Count;
        int picks = Math.Min(select, poolSize);

        // Films that can enter the window during these picks; only they need their redundancy kept up to date.
        int reach = Math.Min(poolSize, CandidatesPerPick + picks);
        var result = new List<ScoredMovie>(picks);
        double[] maxSimilarity = ArrayPool<double>.Shared.Rent(poolSize);
        double[] relevance = ArrayPool<double>.Shared.Rent(poolSize);
        bool[] taken = ArrayPool<bool>.Shared.Rent(poolSize);
        try
        {
            Array.Clear(maxSimilarity, 0, poolSize);
            Array.Clear(taken, 0, poolSize);
            FillRelevance(state, ranked, relevance, popularityPrior);
            for (int pick = 0; pick < picks; pick++)
            {
                // Stryker disable once Unary : equivalent; an untaken candidate always exists (picks <= pool) and its finite value beats -infinity.
                int best = -1;
                double bestValue = double.NegativeInfinity;
                int window = Math.Min(poolSize, CandidatesPerPick + pick);
                for (int i = 0; i < window; i++)
                {
                    if (taken[i])
                    {
                        continue;
                    }

                    double value = ((1 - lambda) * relevance[i]) - (lambda * maxSimilarity[i]);
                    if (value > bestValue)
                    {
                        bestValue = value;
                        best = i;
                    }
                }

                taken[best] = true;
                result.Add(ranked[best]);
                int chosen = ranked[best].Movie;
                ReadOnlySpan<int> chosenTerms = model.TopTermsOf(chosen);
                ReadOnlySpan<float> chosenWeights = model.TopTermWeightsOf(chosen);
                for (int i = 0; i < reach; i++)
                {
                    if (!taken[i])
                    {
                        int movie = ranked[i].Movie;
                        double similarity = SparseVectors.Dot(chosenTerms, chosenWeights, model.TopTermsOf(movie),
                            model.TopTermWeightsOf(movie));
                        maxSimilarity[i] = Math.Max(maxSimilarity[i], similarity);
                    }
                }
            }
        }
        finally
        {
            // Stryker disable Statement : equivalent for results; not returning a rented array only costs a new allocation later.
            ArrayPool<double>.Shared.Return(maxSimilarity);
            ArrayPool<double>.Shared.Return(relevance);
            ArrayPool<bool>.Shared.Return(taken);
            // Stryker restore Statement
        }

        return result;
    }

    private static void FillRelevance(ServingState state, List<ScoredMovie> ranked, double[] relevance, double popularityPrior)
    {
        float[] logVoteShare = state.Popularity.LogVoteShare;
        double best = 0;
        for (int i = 0; i < ranked.Count; i++)
        {
            relevance[i] = ranked[i].Score + (popularityPrior * logVoteShare[ranked[i].Movie]);
            best = Math.Max(best, relevance[i]);
        }

        if (best > 0)
        {
            for (int i = 0; i < ranked.Count; i++)
            {
                relevance[i] /= best;
            }
        }
    }
}
