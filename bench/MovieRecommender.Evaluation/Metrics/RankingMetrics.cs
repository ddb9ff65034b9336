namespace MovieRecommender.Evaluation.Metrics;

/// <summary>
/// Top-k accuracy metrics for one ranked list against a set of relevant items, with binary relevance.
/// Items are any integer ids (dense indices or TMDB ids); the ranked list is best first.
/// </summary>
public static class RankingMetrics
{
    /// <summary>1 when at least one of the first <paramref name="k"/> items is relevant, else 0.</summary>
    public static double HitRate(IReadOnlyList<int> ranked, IReadOnlySet<int> relevant, int k)
    {
        Validate(ranked, relevant, k);
        return CountHits(ranked, relevant, k) > 0 ? 1.0 : 0.0;
    }

    /// <summary>
    /// Relevant items among the first <paramref name="k"/>, divided by k (not by the list length), so a short
    /// list is penalised like an incomplete one.
    /// </summary>
    public static double Precision(IReadOnlyList<int> ranked, IReadOnlySet<int> relevant, int k)
    {
        Validate(ranked, relevant, k);
        return (double)CountHits(ranked, relevant, k) / k;
    }

    /// <summary>Share of the relevant items found in the first <paramref name="k"/>; 0 when nothing is relevant.</summary>
    public static double Recall(IReadOnlyList<int> ranked, IReadOnlySet<int> relevant, int k)
    {
        Validate(ranked, relevant, k);
        return relevant.Count == 0 ? 0.0 : (double)CountHits(ranked, relevant, k) / relevant.Count;
    }

    /// <summary>
    /// Normalised discounted cumulative gain with binary gains and a log2(rank + 1) discount. The ideal list puts
    /// min(k, |relevant|) relevant items first; 0 when nothing is relevant.
    /// </summary>
    public static double Ndcg(IReadOnlyList<int> ranked, IReadOnlySet<int> relevant, int k)
    {
        Validate(ranked, relevant, k);
        if (relevant.Count == 0)
        {
            return 0.0;
        }

        var dcg = 0.0;
        var limit = Math.Min(k, ranked.Count);
        for (var position = 0; position < limit; position++)
        {
            if (relevant.Contains(ranked[position]))
            {
                dcg += Discount(position);
            }
        }

        var idealDcg = 0.0;
        var idealHits = Math.Min(k, relevant.Count);
        for (var position = 0; position < idealHits; position++)
        {
            idealDcg += Discount(position);
        }

        return dcg / idealDcg;
    }

    // Position is 0-based, so rank = position + 1 and the discount is 1 / log2(rank + 1).
    private static double Discount(int position) => 1.0 / Math.Log2(position + 2);

    private static int CountHits(IReadOnlyList<int> ranked, IReadOnlySet<int> relevant, int k)
    {
        var hits = 0;
        var limit = Math.Min(k, ranked.Count);
        for (var position = 0; position < limit; position++)
        {
            if (relevant.Contains(ranked[position]))
            {
                hits++;
            }
        }

        return hits;
    }

    private static void Validate(IReadOnlyList<int> ranked, IReadOnlySet<int> relevant, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(relevant);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
    }
}
