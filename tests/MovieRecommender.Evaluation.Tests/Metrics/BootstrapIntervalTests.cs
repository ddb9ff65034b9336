using MovieRecommender.Evaluation.Metrics;

namespace MovieRecommender.Evaluation.Tests.Metrics;

public class BootstrapIntervalTests
{
    [Fact]
    public void Estimate_ConstantStatistic_ReturnsZeroWidthInterval()
    {
        var estimate = BootstrapInterval.Estimate(20, _ => 0.25, new Random(42), resamples: 50);

        Assert.Equal(0.25, estimate.Mean);
        Assert.Equal(0.25, estimate.Lower);
        Assert.Equal(0.25, estimate.Upper);
    }

    [Fact]
    public void Estimate_MeanOfVaryingValues_IntervalContainsPointEstimate()
    {
        double[] values = [.. Enumerable.Range(0, 100).Select(i => i / 100.0)];

        var estimate = BootstrapInterval.Estimate(values.Length, idx => idx.Average(i => values[i]), new Random(42));

        Assert.Equal(0.495, estimate.Mean, 1e-12);
        Assert.True(estimate.Lower < estimate.Mean && estimate.Mean < estimate.Upper);
        Assert.True(estimate.Upper - estimate.Lower < 0.25, "a 100-sample mean interval should be narrow");
    }

    [Fact]
    public void Estimate_SameSeed_IsDeterministic()
    {
        double[] values = [0.1, 0.9, 0.4, 0.7, 0.2];
        double Statistic(IReadOnlyList<int> idx) => idx.Average(i => values[i]);

        var first = BootstrapInterval.Estimate(values.Length, Statistic, new Random(7), resamples: 200);
        var second = BootstrapInterval.Estimate(values.Length, Statistic, new Random(7), resamples: 200);

        Assert.Equal(first, second);
    }
}
