using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Core.Tests.Recommendations;

public class MovieFilterMatcherTests
{
    private static readonly Movie Dated = new()
    {
        Id = 1, Title = "Dated", ReleaseDate = new DateOnly(2001, 5, 1), RuntimeMinutes = 100, Genres = ["Drama", "Crime"],
        OriginalLanguage = "en", Countries = ["US"], Companies = ["Acme"], VoteCount = 50, VoteAverage = 6.5,
    };

    private static readonly Movie Undated = new() { Id = 2, Title = "Undated", Genres = ["Comedy"], Companies = ["Other"] };

    private static readonly Movie[] Movies = [Dated, Undated];
    private static readonly MovieAttributes Attributes = MovieAttributes.Build(Movies);

    [Fact]
    public void Matches_NoConstraints_IsEmptyAndMatchesAll()
    {
        // Arrange
        var matcher = Create(MovieFilter.None);

        // Act / Assert
        Assert.True(matcher.IsEmpty);
        Assert.True(matcher.Matches(0));
        Assert.True(matcher.Matches(1));
    }

    [Fact]
    public void Matches_YearOrRuntimeConstraintOnUnknownValue_Fails()
    {
        // Arrange
        var byYear = Create(new MovieFilter { MaxYear = 2050 });
        var byRuntime = Create(new MovieFilter { MaxRuntime = 500 });

        // Act / Assert
        Assert.True(byYear.Matches(0));
        Assert.False(byYear.Matches(1));
        Assert.True(byRuntime.Matches(0));
        Assert.False(byRuntime.Matches(1));
    }

    [Theory]
    [InlineData(GenreMatchMode.Any, new[] { "drama", "Western" }, true)]
    [InlineData(GenreMatchMode.All, new[] { "drama", "CRIME" }, true)]
    [InlineData(GenreMatchMode.All, new[] { "drama", "Western" }, false)]
    [InlineData(GenreMatchMode.Any, new[] { "Western" }, false)]
    public void Matches_Genres_FollowsMode(GenreMatchMode mode, string[] genres, bool expected)
    {
        // Arrange
        var matcher = Create(new MovieFilter { Genres = genres, GenreMode = mode });

        // Act / Assert
        Assert.Equal(expected, matcher.Matches(0));
    }

    [Fact]
    public void Matches_LanguageNoFilmHas_MatchesNothing()
    {
        // Arrange
        var matcher = Create(new MovieFilter { Language = "xx" });

        // Act / Assert
        Assert.True(matcher.MatchesNothing);
        Assert.False(matcher.Matches(0));
    }

    [Fact]
    public void Matches_ExcludeSameCompany_DropsFilmsSharingASeedCompany()
    {
        // Arrange
        var seed = new Movie { Id = 9, Title = "Seed", Companies = ["ACME"] };
        var matcher = new MovieFilterMatcher(new MovieFilter { ExcludeSameCompany = true }, [seed], Attributes, Movies);

        // Act / Assert
        Assert.False(matcher.Matches(0));
        Assert.True(matcher.Matches(1));
    }

    private static MovieFilterMatcher Create(MovieFilter filter) => new(filter, [], Attributes, Movies);
}
