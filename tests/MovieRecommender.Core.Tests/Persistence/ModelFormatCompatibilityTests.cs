using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Tests.TestSupport;

namespace MovieRecommender.Core.Tests.Persistence;

/// <summary>Models published by earlier builds must keep loading while the format version is unchanged.</summary>
public sealed class ModelFormatCompatibilityTests
{
    private static readonly string FixtureDirectory = Path.Combine(AppContext.BaseDirectory, "Persistence", "Fixtures", "model-v1");

    [Fact]
    public async Task ReadAsync_CheckedInVersion1Model_LoadsWithSameContent()
    {
        var model = await new ModelReader().ReadAsync(FixtureDirectory);

        Assert.Equal(1, model.Manifest.FormatVersion);
        Assert.Equal(TinyModel.Movies(), model.Movies, MovieEquality.Instance);
        Assert.Equal(1, model.NeighboursOf(0)[0]);
        Assert.Contains("annlee", model.Terms);
    }
}
