using MovieRecommender.Core.Ingest;
using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Tests.Ingest;

public sealed class CatalogFilterTests
{
    [Theory]
    [InlineData(QualityPreset.Low, 5)]
    [InlineData(QualityPreset.Medium, 50)]
    [InlineData(QualityPreset.High, 500)]
    public void FromRequest_Preset_UsesPresetMinimumVotes(QualityPreset preset, int expected)
    {
        var filter = CatalogFilter.FromRequest(new TrainingRequest { InputPath = "x", OutputDirectory = "y", Quality = preset });

        Assert.Equal(expected, filter.MinVoteCount);
        Assert.True(filter.ReleasedOnly);
        Assert.False(filter.IncludeAdult);
    }

    [Fact]
    public void FromRequest_Overrides_WinOverPreset()
    {
        var request = new TrainingRequest
        {
            InputPath = "x", OutputDirectory = "y", Quality = QualityPreset.High, MinVoteCount = 0, IncludeAdult = true, ReleasedOnly = false,
        };

        var filter = CatalogFilter.FromRequest(request);

        Assert.Equal(0, filter.MinVoteCount);
        Assert.True(filter.IncludeAdult);
        Assert.False(filter.ReleasedOnly);
    }
}
