using MovieRecommender.Core.Recommendations;
using MovieRecommender.Core.Recommendations.Search;

namespace MovieRecommender.Core.Tests.Recommendations.Search;

public class TitleResolverTests
{
    private static readonly TitleResolver Resolver =
        ServingState.Build(TestCatalog.Model(), 1, DateTimeOffset.UnixEpoch, TimeSpan.Zero, new RecommenderOptions()).Resolver;

    [Theory]
    [InlineData("The Dark Knight", TestCatalog.DarkKnight)]
    [InlineData("dark knight", TestCatalog.DarkKnight)]
    [InlineData("  THE DARK KNIGHT!! ", TestCatalog.DarkKnight)]
    [InlineData("Amelie", TestCatalog.Amelie)]
    [InlineData("Le Fabuleux Destin d'Amelie Poulain", TestCatalog.Amelie)]
    [InlineData("千と千尋の神隠し", TestCatalog.SpiritedAway)]
    [InlineData("Fast and Furious", TestCatalog.FastAndFurious)]
    [InlineData("Spiderman", TestCatalog.SpiderMan)]
    [InlineData("spider man", TestCatalog.SpiderMan)]
    [InlineData("Godfather: Part II", TestCatalog.GodfatherPart2)]
    [InlineData("Robert'); DROP TABLE Movies;--", TestCatalog.SqlTitle)]
    public void Resolve_NormalisedExactTitle_FindsFilm(string title, int expectedId)
    {
        // Act
        TitleResolution resolution = Resolver.Resolve(title);

        // Assert
        Assert.True(resolution.IsFound);
        Assert.Equal(expectedId, resolution.Movie!.Id);
    }

    [Theory]
    [InlineData("Dune (2021)", TestCatalog.Dune2021)]
    [InlineData("Dune (1984)", TestCatalog.Dune1984)]
    [InlineData("Dune 1984", TestCatalog.Dune1984)]
    [InlineData("Dune", TestCatalog.Dune2021)]
    [InlineData("Blade Runner 2049", TestCatalog.BladeRunner2049)]
    [InlineData("Blade Runner (1982)", TestCatalog.BladeRunner)]
    [InlineData("1917", TestCatalog.Film1917)]
    public void Resolve_YearOrSharedTitle_PicksRightFilm(string title, int expectedId)
    {
        // Act
        TitleResolution resolution = Resolver.Resolve(title);

        // Assert
        Assert.Equal(expectedId, resolution.Movie?.Id);
    }

    [Fact]
    public void Resolve_TitleWithUnknownYear_SuggestsFilmsWithThatTitle()
    {
        // Act
        TitleResolution resolution = Resolver.Resolve("Dune (1999)");

        // Assert
        Assert.False(resolution.IsFound);
        Assert.Equal([TestCatalog.Dune2021, TestCatalog.Dune1984], resolution.Suggestions.Select(s => s.Movie.Id));
    }

    [Fact]
    public void Resolve_DigitsMatchingNoTitle_ResolvesById()
    {
        // Act
        TitleResolution resolution = Resolver.Resolve(TestCatalog.Prestige.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // Assert
        Assert.Equal(TestCatalog.Prestige, resolution.Movie?.Id);
    }

    [Fact]
    public void Resolve_CloseMisspelling_IsFoundWithSuggestions()
    {
        // Act
        TitleResolution resolution = Resolver.Resolve("Interstelar");

        // Assert
        Assert.Equal(TestCatalog.Interstellar, resolution.Movie?.Id);
        Assert.Equal(TestCatalog.Interstellar, resolution.Suggestions[0].Movie.Id);
    }

    [Fact]
    public void Resolve_AmbiguousMisspelling_ReturnsOnlySuggestionsRankedByScore()
    {
        // Act: both Godfather films are close to "godfathr part".
        TitleResolution resolution = Resolver.Resolve("Godfathr Part");

        // Assert
        Assert.False(resolution.IsFound);
        Assert.Contains(resolution.Suggestions, s => s.Movie.Id == TestCatalog.GodfatherPart2);
        Assert.Equal(resolution.Suggestions.Select(s => s.Score).OrderDescending(), resolution.Suggestions.Select(s => s.Score));
        Assert.All(resolution.Suggestions, s => Assert.InRange(s.Score, 60, 100));
    }

    [Theory]
    [InlineData("qwxzv plmkjn")]
    [InlineData("")]
    [InlineData("   ")]
    public void Resolve_UnknownTitle_ReturnsNoFilmAndNoSuggestions(string title)
    {
        // Act
        TitleResolution resolution = Resolver.Resolve(title);

        // Assert
        Assert.False(resolution.IsFound);
        Assert.Empty(resolution.Suggestions);
    }

    [Fact]
    public void Resolve_TwoThousandCharacters_DoesNotThrow()
    {
        // Act
        TitleResolution resolution = Resolver.Resolve(new string('x', 2000));

        // Assert
        Assert.False(resolution.IsFound);
    }
}
