using MathNet.Numerics.Distributions;

namespace MovieRecommender.Core.Experiments;

/// <summary>
/// Click-through statistics: Wilson score intervals (good coverage for small counts and rates near 0, unlike the
/// normal approximation), Newcombe's interval for a difference of two proportions built from them, and the pooled
/// two-proportion z-test.
/// </summary>
public static class ProportionStatistics
{
    /// <summary>z for a two-sided 95% interval.</summary>
    public const double Z95 = 1.959963984540054;

    public static ProportionInterval Wilson(long successes, long trials, double z = Z95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfLessThan(trials, successes);
        if (trials == 0)
        {
            return new ProportionInterval(0, 0, 1);
        }

        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        double half = z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / (1 + (z2 / n));
        return new ProportionInterval(p, Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>
    /// Difference <c>p_treatment − p_control</c> with Newcombe's hybrid score interval (his method 10), which keeps
    /// the Wilson interval's behaviour at small counts.
    /// </summary>
    public static ProportionInterval Difference(long controlSuccesses, long controlTrials, long treatmentSuccesses, long treatmentTrials,
        double z = Z95)
    {
        var control = Wilson(controlSuccesses, controlTrials, z);
        var treatment = Wilson(treatmentSuccesses, treatmentTrials, z);
        double difference = treatment.Estimate - control.Estimate;
        double lower = difference - Math.Sqrt(Square(treatment.Estimate - treatment.Lower) + Square(control.Upper - control.Estimate));
        double upper = difference + Math.Sqrt(Square(treatment.Upper - treatment.Estimate) + Square(control.Estimate - control.Lower));
        return new ProportionInterval(difference, Math.Max(-1, lower), Math.Min(1, upper));
    }

    /// <summary>Two-sided p-value of the pooled two-proportion z-test; 1 when either group is empty or nothing varies.</summary>
    public static double TwoProportionPValue(long controlSuccesses, long controlTrials, long treatmentSuccesses, long treatmentTrials)
    {
        if (controlTrials == 0 || treatmentTrials == 0)
        {
            return 1;
        }

        double pooled = (double)(controlSuccesses + treatmentSuccesses) / (controlTrials + treatmentTrials);
        double standardError = Math.Sqrt(pooled * (1 - pooled) * ((1.0 / controlTrials) + (1.0 / treatmentTrials)));
        if (standardError == 0)
        {
            return 1;
        }

        double z = (((double)treatmentSuccesses / treatmentTrials) - ((double)controlSuccesses / controlTrials)) / standardError;
        return Math.Min(1, 2 * (1 - Normal.CDF(0, 1, Math.Abs(z))));
    }

    private static double Square(double x) => x * x;
}
