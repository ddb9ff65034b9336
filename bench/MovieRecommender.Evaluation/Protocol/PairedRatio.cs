using MovieRecommender.Evaluation.Metrics;

namespace MovieRecommender.Evaluation.Protocol;

/// <summary>
/// Ratio of two configurations' mean NDCG on the same cases, with a paired percentile-bootstrap interval
/// (cases are resampled together, so the shared per-user difficulty cancels out).
/// </summary>
public static class PairedRatio
{
    public static MetricEstimate Estimate(ConfigurationResult candidate, ConfigurationResult reference, int seed)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(reference);
        var (numerator, denominator) = (candidate.NdcgPerCase, reference.NdcgPerCase);
        return BootstrapInterval.Estimate(
            numerator.Count,
            sample =>
            {
                var below = sample.Sum(i => denominator[i]);
                return below > 0 ? sample.Sum(i => numerator[i]) / below : 0;
            },
            new Random(seed));
    }
}
