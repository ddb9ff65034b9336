using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Tests.TestSupport;

namespace MovieRecommender.Core.Tests.Catalog;

public sealed class MovieTableTests
{
    /// <summary>Films covering every field's edge: nulls, empty strings and lists, unicode, original title cases.</summary>
    public static IReadOnlyList<Movie> EdgeCaseMovies() =>
    [
        new()
        {
            Id = 10, Title = "Amélie", OriginalTitle = "Le Fabuleux Destin d'Amélie Poulain", ReleaseDate = new DateOnly(2001, 4, 25),
            Genres = ["Comedy", "Romance"], Keywords = ["paris", "café"], Directors = ["Jean-Pierre Jeunet"],
            Cast = ["Audrey Tautou", "Mathieu Kassovitz"], Companies = ["Claudie Ossard"], Countries = ["FR", "DE"],
            OriginalLanguage = "fr", RuntimeMinutes = 122, VoteAverage = 7.8, VoteCount = 8000, Popularity = 31.25,
            PosterPath = "/a.jpg", ImdbId = "tt0211915", Overview = "Amélie, 東京物語 and \"quotes\" <b>stay</b> intact.", Tagline = "One person can change your life forever.",
        },
        new() { Id = 11, Title = "東京物語", OriginalTitle = "東京物語", Overview = "", Tagline = "" },
        new() { Id = 12, Title = "No Extras" },
        new()
        {
            Id = 13, Title = "Same Names", OriginalTitle = null, Genres = ["Comedy"], Cast = ["Audrey Tautou"], Countries = ["FR"],
            OriginalLanguage = "fr", ReleaseDate = DateOnly.MinValue, RuntimeMinutes = 0, VoteAverage = 0, VoteCount = 0, Popularity = 0,
        },
        new() { Id = 14, Title = "", OriginalTitle = "", PosterPath = "", ImdbId = "", Keywords = [""], Overview = "😀 emoji 🎬" },
    ];

    [Fact]
    public void From_List_MaterialisesEveryFieldUnchanged()
    {
        var movies = EdgeCaseMovies();

        var table = MovieTable.From(movies);

        Assert.Equal(movies.Count, table.Count);
        Assert.Equal(movies, table, MovieEquality.Instance);
        Assert.Equal(movies, table); // Movie's own equality
        for (int i = 0; i < movies.Count; i++)
        {
            Assert.Equal(movies[i].Overview, table[i].Overview);
            Assert.Equal(movies[i].Tagline, table[i].Tagline);
            Assert.Equal(movies[i].OriginalTitle, table[i].OriginalTitle);
        }
    }

    [Fact]
    public void Accessors_AgreeWithTheMaterialisedFilm()
    {
        var table = MovieTable.From(EdgeCaseMovies());

        for (int i = 0; i < table.Count; i++)
        {
            Movie movie = table[i];
            Assert.Equal(movie.Id, table.IdAt(i));
            Assert.Equal(movie.Title, table.TitleAt(i));
            Assert.Equal(movie.OriginalTitle, table.OriginalTitleAt(i));
            Assert.Equal(movie.OriginalTitle is not null && movie.OriginalTitle != movie.Title, table.HasDistinctOriginalTitle(i));
            Assert.Equal(movie.ReleaseDate, table.ReleaseDateAt(i));
            Assert.Equal(movie.Year, table.YearAt(i));
            Assert.Equal(movie.RuntimeMinutes, table.RuntimeMinutesAt(i));
            Assert.Equal(movie.VoteAverage, table.VoteAverageAt(i));
            Assert.Equal(movie.VoteCount, table.VoteCountAt(i));
            Assert.Equal(movie.Popularity, table.PopularityAt(i));
            Assert.Equal(movie.OriginalLanguage, table.OriginalLanguageAt(i));
            Assert.Equal(movie.PosterPath, table.PosterPathAt(i));
            Assert.Equal(movie.ImdbId, table.ImdbIdAt(i));
            Assert.Equal(movie.Genres, table.GenresAt(i).ToArray());
            Assert.Equal(movie.Keywords, table.KeywordsAt(i).ToArray());
            Assert.Equal(movie.Directors, table.DirectorsAt(i).ToArray());
            Assert.Equal(movie.Cast, table.CastAt(i).ToArray());
            Assert.Equal(movie.Companies, table.CompaniesAt(i).ToArray());
            Assert.Equal(movie.Countries, table.CountriesAt(i).ToArray());
        }
    }

    [Fact]
    public void Names_AreSharedAcrossFilms()
    {
        var table = MovieTable.From(EdgeCaseMovies());

        Assert.Equal(table.Names.Distinct(StringComparer.Ordinal).Count(), table.Names.Count);
        Assert.Equal(table.CastAt(0).Ids[0], table.CastAt(3).Ids[0]);
        Assert.True(table.GenresAt(3).Contains("comedy", StringComparison.OrdinalIgnoreCase));
        Assert.False(table.GenresAt(3).Contains("comedy", StringComparison.Ordinal));
    }

    [Fact]
    public void Indexer_TwoReadsOfOneFilm_AreEqualButDistinctInstances()
    {
        var table = MovieTable.From(EdgeCaseMovies());

        Movie first = table[0];
        Movie second = table[0];

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, table[1]);
        Assert.NotEqual(first, first with { Genres = ["Comedy"] });
        Assert.NotEqual(first, first with { Overview = "Other." });
    }

    [Fact]
    public void Indexer_OutOfRange_Throws()
    {
        var table = MovieTable.From(EdgeCaseMovies());

        Assert.Throws<ArgumentOutOfRangeException>(() => table[table.Count]);
        Assert.Throws<ArgumentOutOfRangeException>(() => table[-1]);
    }

    [Fact]
    public void From_Table_IsTheSameInstance()
    {
        var table = MovieTable.From(EdgeCaseMovies());

        Assert.Same(table, MovieTable.From(table));
        Assert.Empty(MovieTable.From([]));
    }

    [Fact]
    public void RecommenderModel_GivenAList_ServesItAsATable()
    {
        var model = TinyModel.Build();

        Assert.IsType<MovieTable>(model.Movies);
        Assert.Same(model.Movies, model.Table);
        Assert.Equal(TinyModel.Movies(), model.Movies, MovieEquality.Instance);
    }
}
