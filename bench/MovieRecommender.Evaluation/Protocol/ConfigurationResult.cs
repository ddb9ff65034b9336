using MovieRecommender.Evaluation.Metrics;

namespace MovieRecommender.Evaluation.Protocol;

/// <summary>
/// One configuration's metrics at k, each accuracy metric with a 95% confidence interval. The per-case NDCG
/// values are kept for paired comparisons between configurations evaluated on the same cases.
/// </summary>
public sealed record ConfigurationResult(
    string Name,
    IReadOnlyList<double> NdcgPerCase,
    MetricEstimate Ndcg,
    MetricEstimate HitRate,
    MetricEstimate Precision,
    double Coverage,
    MetricEstimate Diversity)
{
    /// <summary>The recommended lists, one per case in case order (for slices of the cases).</summary>
    public IReadOnlyList<IReadOnlyList<int>> Lists { get; init; } = [];
}
