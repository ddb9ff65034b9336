using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Tests.Training;

public sealed class TrainingCatalogFilterTests
{
    [Theory]
    [InlineData(QualityPreset.Low, 5)]
    [InlineData(QualityPreset.Medium, 50)]
    [InlineData(QualityPreset.High, 500)]
    public void For_Preset_UsesPresetMinimumVotes(QualityPreset preset, int expected)
    {
        var filter = TrainingCatalogFilter.For(new TrainingRequest { InputPath = "x", OutputDirectory = "y", Quality = preset });

        Assert.Equal(expected, filter.MinVoteCount);
        Assert.True(filter.ReleasedOnly);
        Assert.False(filter.IncludeAdult);
    }

    [Fact]
    public void For_Overrides_WinOverPreset()
    {
        var request = new TrainingRequest
        {
            InputPath = "x", OutputDirectory = "y", Quality = QualityPreset.High, MinVoteCount = 0, IncludeAdult = true, ReleasedOnly = false,
        };

        var filter = TrainingCatalogFilter.For(request);

        Assert.Equal(0, filter.MinVoteCount);
        Assert.True(filter.IncludeAdult);
        Assert.False(filter.ReleasedOnly);
    }
}
