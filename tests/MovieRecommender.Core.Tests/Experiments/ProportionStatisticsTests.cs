using MovieRecommender.Core.Experiments;

namespace MovieRecommender.Core.Tests.Experiments;

public sealed class ProportionStatisticsTests
{
    [Theory]
    [InlineData(0, 10, 0.0, 0.0, 0.2775)]
    [InlineData(5, 10, 0.5, 0.2366, 0.7634)]
    [InlineData(81, 263, 0.3080, 0.2553, 0.3662)]
    public void Wilson_KnownCounts_MatchesPublishedInterval(long clicks, long impressions, double estimate, double lower, double upper)
    {
        // Act
        var interval = ProportionStatistics.Wilson(clicks, impressions);

        // Assert: values from Newcombe (1998) / standard tables.
        Assert.Equal(estimate, interval.Estimate, 4);
        Assert.Equal(lower, interval.Lower, 3);
        Assert.Equal(upper, interval.Upper, 3);
    }

    [Fact]
    public void Wilson_NoTrials_IsTheWholeRange()
    {
        // Act
        var interval = ProportionStatistics.Wilson(0, 0);

        // Assert
        Assert.Equal((0.0, 1.0), (interval.Lower, interval.Upper));
    }

    [Fact]
    public void Difference_NewcombeExample_MatchesPublishedInterval()
    {
        // Arrange: Newcombe (1998) example (56/70 vs 48/80): difference 0.2, 95% CI 0.0524 to 0.3339 (method 10).
        // Act
        var difference = ProportionStatistics.Difference(48, 80, 56, 70);

        // Assert
        Assert.Equal(0.2, difference.Estimate, 4);
        Assert.Equal(0.0524, difference.Lower, 3);
        Assert.Equal(0.3339, difference.Upper, 3);
    }

    [Fact]
    public void TwoProportionPValue_ClearDifference_IsSmall()
    {
        // Act
        var p = ProportionStatistics.TwoProportionPValue(100, 2000, 160, 2000);

        // Assert: z ≈ 3.85
        Assert.InRange(p, 0.0001, 0.0002);
    }

    [Fact]
    public void TwoProportionPValue_EqualRates_IsOne()
    {
        // Act
        var p = ProportionStatistics.TwoProportionPValue(50, 1000, 50, 1000);

        // Assert
        Assert.Equal(1.0, p, 6);
    }
}
