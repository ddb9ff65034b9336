using MovieRecommender.Evaluation.Metrics;

namespace MovieRecommender.Evaluation.Tests.Metrics;

public class MetricEstimateTests
{
    [Fact]
    public void FromSamples_FiveBinarySamples_MatchesHandComputedNormalInterval()
    {
        // mean 0.6, sample sd √0.3, se = √0.3/√5 → 0.6 ± 1.96·0.2449.
        double[] samples = [0, 1, 1, 0, 1];

        var estimate = MetricEstimate.FromSamples(samples);

        Assert.Equal(0.6, estimate.Mean, 1e-12);
        Assert.Equal(0.11990883236446909, estimate.Lower, 1e-9);
        Assert.Equal(1.080091167635531, estimate.Upper, 1e-9);
        Assert.Equal(5, estimate.SampleCount);
    }

    [Fact]
    public void FromSamples_SingleSample_HasZeroWidth()
    {
        double[] samples = [0.3];

        var estimate = MetricEstimate.FromSamples(samples);

        Assert.Equal(0.0, estimate.HalfWidth);
    }

    [Fact]
    public void FromSamples_Empty_Throws()
    {
        Assert.Throws<ArgumentException>(() => MetricEstimate.FromSamples([]));
    }
}
