namespace MovieRecommender.Evaluation.Metrics;

/// <summary>A metric's point estimate with a 95% confidence interval over <see cref="SampleCount"/> samples.</summary>
public readonly record struct MetricEstimate(double Mean, double Lower, double Upper, int SampleCount)
{
    /// <summary>Two-sided 95% quantile of the standard normal distribution.</summary>
    public const double Z95 = 1.959963984540054;

    public double HalfWidth => (Upper - Lower) / 2;

    /// <summary>
    /// Mean with a normal-approximation interval (mean ± z·s/√n, sample standard deviation). Adequate for the
    /// hundreds of per-user samples of an offline evaluation; a single sample gets a zero-width interval.
    /// </summary>
    public static MetricEstimate FromSamples(IReadOnlyList<double> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
        {
            throw new ArgumentException("At least one sample is required.", nameof(samples));
        }

        var mean = samples.Average();
        if (samples.Count == 1)
        {
            return new MetricEstimate(mean, mean, mean, 1);
        }

        var sumOfSquares = samples.Sum(s => (s - mean) * (s - mean));
        var standardError = Math.Sqrt(sumOfSquares / (samples.Count - 1) / samples.Count);
        var halfWidth = Z95 * standardError;
        return new MetricEstimate(mean, mean - halfWidth, mean + halfWidth, samples.Count);
    }

    public override string ToString() =>
        FormattableString.Invariant($"{Mean:0.0000} [{Lower:0.0000}, {Upper:0.0000}]");
}
