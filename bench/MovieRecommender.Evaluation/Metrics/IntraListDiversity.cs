namespace MovieRecommender.Evaluation.Metrics;

/// <summary>
/// Intra-list diversity: 1 − mean pairwise similarity of the items in one list. The similarity is supplied by
/// the caller so every configuration under comparison can be judged with the same, model-independent measure.
/// </summary>
public static class IntraListDiversity
{
    /// <summary>
    /// Diversity of <paramref name="items"/> under <paramref name="similarity"/> (expected in [0, 1], symmetric).
    /// A list of fewer than two items has no pairs and is reported as 0 diversity.
    /// </summary>
    public static double Compute(IReadOnlyList<int> items, Func<int, int, double> similarity)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(similarity);
        if (items.Count < 2)
        {
            return 0.0;
        }

        var sum = 0.0;
        var pairs = 0;
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                sum += similarity(items[i], items[j]);
                pairs++;
            }
        }

        return 1.0 - (sum / pairs);
    }
}
