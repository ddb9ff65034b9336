namespace MovieRecommender.Evaluation.Metrics;

/// <summary>
/// Percentile bootstrap for statistics that are not means of independent samples (e.g. catalog coverage, a
/// set union over users), where the normal approximation does not apply.
/// </summary>
public static class BootstrapInterval
{
    public const int DefaultResamples = 1000;
    private const double LowerQuantile = 0.025;
    private const double UpperQuantile = 0.975;

    /// <summary>
    /// Resamples <paramref name="sampleCount"/> units with replacement <paramref name="resamples"/> times, applies
    /// <paramref name="statistic"/> to each resample's unit indices and returns the 2.5th–97.5th percentile range
    /// around the statistic of the original sample. Deterministic for a given <paramref name="random"/> seed.
    /// </summary>
    public static MetricEstimate Estimate(
        int sampleCount,
        Func<IReadOnlyList<int>, double> statistic,
        Random random,
        int resamples = DefaultResamples)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleCount);
        ArgumentNullException.ThrowIfNull(statistic);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(resamples);

        var all = Enumerable.Range(0, sampleCount).ToArray();
        var pointEstimate = statistic(all);
        var values = new double[resamples];
        var indices = new int[sampleCount];
        for (var r = 0; r < resamples; r++)
        {
            for (var i = 0; i < sampleCount; i++)
            {
                indices[i] = random.Next(sampleCount);
            }

            values[r] = statistic(indices);
        }

        Array.Sort(values);
        return new MetricEstimate(pointEstimate, Quantile(values, LowerQuantile), Quantile(values, UpperQuantile), sampleCount);
    }

    // Linear interpolation between closest ranks of the sorted values.
    private static double Quantile(double[] sorted, double quantile)
    {
        var position = quantile * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        return sorted[lower] + ((sorted[upper] - sorted[lower]) * (position - lower));
    }
}
