using MovieRecommender.Core.Recommendations;
using MovieRecommender.Core.Recommendations.Search;

namespace MovieRecommender.Core.Tests.Recommendations.Search;

/// <summary>
/// The did-you-mean rules a user sees when a typed title matches no film exactly: when a close match counts as
/// found, how suggestions are ordered and cut, and what the operator's cutoff and suggestion count change. The
/// expected scores are FuzzySharp's WRatio of the normalised strings (e.g. "casablanka" → "casablanca": one
/// substitution in 20 characters, 90).
/// </summary>
public class TitleResolverFuzzyTests
{
    private const int Dune2021 = 1;
    private const int Dune1984 = 2;
    private const int Terminator = 3;
    private const int Terminators = 4;
    private const int Casablanca = 5;

    private static readonly TitleResolver Resolver = Build(Catalog());

    [Fact]
    public void Resolve_TypoScoringExactlyTheConfidentScore_FindsFilm()
    {
        // Act: WRatio 90, the lowest score that counts as found.
        TitleResolution resolution = Resolver.Resolve("Casablanka");

        // Assert
        Assert.Equal(Casablanca, resolution.Movie?.Id);
        Assert.Equal([(Casablanca, 90)], Suggestions(resolution));
    }

    [Fact]
    public void Resolve_RunnerUpExactlyTheMarginBehind_FindsBestFilm()
    {
        // Act: Terminator 95, Terminators 90: five points apart is clear enough.
        TitleResolution resolution = Resolver.Resolve("terminatr");

        // Assert
        Assert.Equal(Terminator, resolution.Movie?.Id);
        Assert.Equal([(Terminator, 95), (Terminators, 90)], Suggestions(resolution));
    }

    [Fact]
    public void Resolve_RunnerUpWithinTheMargin_OnlySuggests()
    {
        // Act: Terminator 95, Terminators 91: too close to pick one for the user.
        TitleResolution resolution = Resolver.Resolve("terminatorr");

        // Assert
        Assert.Null(resolution.Movie);
        Assert.Equal([(Terminator, 95), (Terminators, 91)], Suggestions(resolution));
    }

    [Fact]
    public void Resolve_EqualScoresAndTypedYear_SuggestsThatYearsFilmFirst()
    {
        // Act: "dun" scores 86 against both Dunes; the year tells them apart although 1984's has fewer votes.
        TitleResolution resolution = Resolver.Resolve("Dun (1984)");

        // Assert
        Assert.Null(resolution.Movie);
        Assert.Equal([(Dune1984, 86), (Dune2021, 86)], Suggestions(resolution));
    }

    [Fact]
    public void Resolve_EqualScoresWithoutYear_SuggestsMostVotedFirst()
    {
        // Act
        TitleResolution resolution = Resolver.Resolve("Dun");

        // Assert
        Assert.Equal([(Dune2021, 86), (Dune1984, 86)], Suggestions(resolution));
    }

    [Fact]
    public void Resolve_EqualFinalScores_SuggestsMostVotedFirstWhateverTheFirstStageSaid()
    {
        // Arrange: for "dun", Dunes ranks above Duncan in the cheap first stage (75 vs 67) but both score 90 in
        // the one the user sees; the better known film must come first.
        TitleResolver resolver = Build(new TestModelBuilder()
            .Add(1, "Dunes", votes: 100)
            .Add(2, "Duncan", votes: 5000));

        // Act
        TitleResolution resolution = resolver.Resolve("dun");

        // Assert
        Assert.Null(resolution.Movie);
        Assert.Equal([(2, 90), (1, 90)], Suggestions(resolution));
    }

    [Fact]
    public void Resolve_ScoreEqualToTheCutoff_IsStillSuggested()
    {
        // Arrange
        TitleResolver resolver = Build(Catalog(), fuzzyCutoff: 86);

        // Act
        TitleResolution resolution = resolver.Resolve("Dun");

        // Assert
        Assert.Equal([(Dune2021, 86), (Dune1984, 86)], Suggestions(resolution));
    }

    [Fact]
    public void Resolve_CandidatesAllBelowTheCutoff_ReturnsNothing()
    {
        // Arrange: a stricter operator setting than the Dunes' 86.
        TitleResolver resolver = Build(Catalog(), fuzzyCutoff: 87);

        // Act
        TitleResolution resolution = resolver.Resolve("Dun");

        // Assert
        Assert.Null(resolution.Movie);
        Assert.Empty(resolution.Suggestions);
    }

    [Fact]
    public void Resolve_MoreCloseMatchesThanMaxSuggestions_ReturnsTheBestOnes()
    {
        // Arrange
        TitleResolver resolver = Build(Catalog(), maxSuggestions: 1);

        // Act
        TitleResolution resolution = resolver.Resolve("terminatorr");

        // Assert
        Assert.Equal([(Terminator, 95)], Suggestions(resolution));
    }

    [Fact]
    public void Resolve_UnknownYearOfSharedTitle_SuggestsAtMostMaxSuggestions()
    {
        // Arrange
        TitleResolver resolver = Build(Catalog(), maxSuggestions: 1);

        // Act
        TitleResolution resolution = resolver.Resolve("Dune (1999)");

        // Assert: the exact title scores 100; the most voted namesake is offered.
        Assert.Null(resolution.Movie);
        Assert.Equal([(Dune2021, 100)], Suggestions(resolution));
    }

    [Fact]
    public void Resolve_UnknownYearOfSharedTitle_SuggestsOnlyThatTitlesFilms()
    {
        // Arrange: "Dunes" is close to "dune" but is not the title the user typed.
        TitleResolver resolver = Build(Catalog().Add(10, "Dunes", year: 2010, votes: 9000));

        // Act
        TitleResolution resolution = resolver.Resolve("Dune (1999)");

        // Assert
        Assert.Null(resolution.Movie);
        Assert.Equal([(Dune2021, 100), (Dune1984, 100)], Suggestions(resolution));
    }

    [Fact]
    public void Resolve_DigitsOfNoFilmAndNoTitle_ReturnsNothing()
    {
        // Act
        TitleResolution resolution = Resolver.Resolve("424242");

        // Assert
        Assert.Null(resolution.Movie);
        Assert.Empty(resolution.Suggestions);
    }

    [Fact]
    public void Resolve_TypoInOriginalTitle_FindsFilm()
    {
        // Act: the last character of 千と千尋の神隠し missing; the English title shares nothing with it.
        TitleResolution resolution = Build(TestCatalog.Builder()).Resolve("千と千尋の神隠");

        // Assert
        Assert.Equal(TestCatalog.SpiritedAway, resolution.Movie?.Id);
    }

    [Fact]
    public void Resolve_TypoOfLittleVotedFilmBehindManyPopularNamesakes_FindsIt()
    {
        // Arrange: thirty more voted "Moonwalk N" films come first in the candidates (popularity order), more
        // than the few the dearer second stage scores; the intended film must still reach it.
        var builder = new TestModelBuilder();
        for (int i = 1; i <= 30; i++)
        {
            builder.Add(i, $"Moonwalk {i}", votes: 10_000 - i);
        }

        builder.Add(100, "Moonwalker", votes: 10);

        // Act: WRatio 95 for Moonwalker, at most 84 for the namesakes.
        TitleResolution resolution = Build(builder).Resolve("moonwalkr");

        // Assert
        Assert.Equal(100, resolution.Movie?.Id);
    }

    [Fact]
    public void Resolve_ManyEquallyCloseFilms_SuggestsTheMostVotedOnes()
    {
        // Arrange: thirty "Moonwalk X?" films, all 80 for "moonwalkr" in both stages, more than the second stage
        // scores. Which of them reach it must follow popularity, not the sort's whim.
        var builder = new TestModelBuilder();
        string[] suffixes = [.. "abcdefghijklmnopqstuvwxyz".Select(c => $"x{c}"), .. "abcde".Select(c => $"y{c}")];
        for (int i = 0; i < suffixes.Length; i++)
        {
            builder.Add(i + 1, $"Moonwalk {suffixes[i]}", votes: 10_000 - i);
        }

        // Act
        TitleResolution resolution = Build(builder).Resolve("moonwalkr");

        // Assert
        Assert.Null(resolution.Movie);
        Assert.Equal([(1, 80), (2, 80), (3, 80), (4, 80), (5, 80)], Suggestions(resolution));
    }

    private static TestModelBuilder Catalog() => new TestModelBuilder()
        .Add(Dune2021, "Dune", year: 2021, votes: 5000)
        .Add(Dune1984, "Dune", year: 1984, votes: 1200)
        .Add(Terminator, "Terminator", year: 1984, votes: 9000)
        .Add(Terminators, "Terminators", year: 2009, votes: 300)
        .Add(Casablanca, "Casablanca", year: 1942, votes: 4000);

    private static TitleResolver Build(TestModelBuilder catalog, int fuzzyCutoff = 60, int maxSuggestions = 5) =>
        ServingState.Build(catalog.Build(), 1, DateTimeOffset.UnixEpoch, TimeSpan.Zero,
            new RecommenderOptions { FuzzyCutoff = fuzzyCutoff, MaxSuggestions = maxSuggestions }).Resolver;

    private static (int Id, int Score)[] Suggestions(TitleResolution resolution) =>
        [.. resolution.Suggestions.Select(s => (s.Movie.Id, s.Score))];
}
