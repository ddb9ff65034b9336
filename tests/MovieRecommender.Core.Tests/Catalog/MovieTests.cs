using MovieRecommender.Core.Catalog;

namespace MovieRecommender.Core.Tests.Catalog;

public sealed class MovieTests
{
    [Theory]
    [InlineData("A thief who steals secrets through dreams.", "Your mind is the scene.")]
    [InlineData("Amélie, 東京物語 and \"quotes\" <b>stay</b> intact.", "")]
    [InlineData(null, null)]
    public void OverviewAndTagline_StoredCompactly_ReadBackUnchanged(string? overview, string? tagline)
    {
        // Act
        var movie = new Movie { Id = 1, Title = "Film", Overview = overview, Tagline = tagline };
        var copy = movie with { Title = "Other" };

        // Assert
        Assert.Equal(overview, movie.Overview);
        Assert.Equal(tagline, movie.Tagline);
        Assert.Equal(overview, copy.Overview);
        Assert.Equal(tagline, copy.Tagline);
    }
}
