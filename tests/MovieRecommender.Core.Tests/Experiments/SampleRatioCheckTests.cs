using MovieRecommender.Core.Experiments;

namespace MovieRecommender.Core.Tests.Experiments;

public sealed class SampleRatioCheckTests
{
    [Fact]
    public void PValue_SplitMatchesWeights_IsLarge()
    {
        // Act
        var p = SampleRatioCheck.PValue([5_020, 4_980], [1, 1]);

        // Assert
        Assert.True(p > 0.5, $"p = {p}");
    }

    [Fact]
    public void PValue_SkewedSplit_BelowAlarmThreshold()
    {
        // Act: 52/48 on 10,000 visitors is chi-square 16, p ≈ 6e-5.
        var p = SampleRatioCheck.PValue([5_200, 4_800], [1, 1]);

        // Assert
        Assert.True(p < SampleRatioCheck.DefaultAlpha, $"p = {p}");
    }

    [Fact]
    public void PValue_UnequalWeights_TestsAgainstThoseWeights()
    {
        // Act: a 90/10 experiment that got 90/10.
        var p = SampleRatioCheck.PValue([9_010, 990], [9, 1]);

        // Assert
        Assert.True(p > 0.1, $"p = {p}");
    }
}
