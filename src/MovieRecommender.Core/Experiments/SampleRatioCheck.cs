using MathNet.Numerics.Distributions;

namespace MovieRecommender.Core.Experiments;

/// <summary>
/// Sample-ratio-mismatch check: a chi-square goodness-of-fit test of the observed exposures per variant against the
/// configured weights. A tiny p-value means the split itself is broken (a bug in assignment, logging or bot
/// filtering), so the experiment's other numbers cannot be trusted.
/// </summary>
public static class SampleRatioCheck
{
    /// <summary>The customary threshold: strict, because an SRM alarm invalidates the whole experiment.</summary>
    public const double DefaultAlpha = 0.001;

    /// <summary>The test's p-value; 1 when there is nothing to test (fewer than two variants or no exposures).</summary>
    public static double PValue(IReadOnlyList<long> observed, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(weights);
        if (observed.Count != weights.Count)
        {
            throw new ArgumentException("One weight per variant is needed.", nameof(weights));
        }

        long total = observed.Sum();
        double weightSum = weights.Sum();
        if (observed.Count < 2 || total == 0 || weightSum <= 0)
        {
            return 1;
        }

        double chiSquare = 0;
        for (int i = 0; i < observed.Count; i++)
        {
            double expected = total * weights[i] / weightSum;
            chiSquare += (observed[i] - expected) * (observed[i] - expected) / expected;
        }

        return 1 - ChiSquared.CDF(observed.Count - 1, chiSquare);
    }
}
