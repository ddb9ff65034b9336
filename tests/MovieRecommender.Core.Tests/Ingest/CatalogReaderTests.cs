using MovieRecommender.Core.Ingest;
using MovieRecommender.Core.Tests.TestSupport;

namespace MovieRecommender.Core.Tests.Ingest;

public sealed class CatalogReaderTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly CatalogReader _reader = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task ReadAsync_Tmdb5000WithCredits_ParsesFieldsAndJoinsCredits()
    {
        var movies = TmdbCsv.Write(_temp.File("movies.csv"), TmdbCsv.Tmdb5000Header,
            [TmdbCsv.Tmdb5000Row(155, "The Dark Knight", genres: "Action|Crime", keywords: "dc comics|joker", companies: "Warner Bros.|Legendary", countries: "US|GB")]);
        var credits = TmdbCsv.Write(_temp.File("credits.csv"), TmdbCsv.CreditsHeader,
            [TmdbCsv.CreditsRow(155, "The Dark Knight", ["Christian Bale", "Heath Ledger", "Aaron Eckhart", "Michael Caine", "Maggie Gyllenhaal", "Gary Oldman"], ["Christopher Nolan"])]);

        var result = await _reader.ReadAsync(movies, credits, CatalogFilter.None);

        var movie = Assert.Single(result.Movies);
        Assert.Equal(CatalogFormat.Tmdb5000, result.Format);
        Assert.Equal(155, movie.Id);
        Assert.Equal("The Dark Knight", movie.Title);
        Assert.Equal(["Action", "Crime"], movie.Genres);
        Assert.Equal(["dc comics", "joker"], movie.Keywords);
        Assert.Equal(["Warner Bros.", "Legendary"], movie.Companies);
        Assert.Equal(["US", "GB"], movie.Countries);
        Assert.Equal(["Christopher Nolan"], movie.Directors);
        Assert.Equal(["Christian Bale", "Heath Ledger", "Aaron Eckhart", "Michael Caine", "Maggie Gyllenhaal"], movie.Cast);
        Assert.Equal(new DateOnly(2008, 7, 16), movie.ReleaseDate);
        Assert.Equal(120, movie.RuntimeMinutes);
        Assert.Equal(7.5, movie.VoteAverage);
        Assert.Equal(100, movie.VoteCount);
        Assert.Equal("en", movie.OriginalLanguage);
        Assert.Equal(64, result.DatasetSha256.Length);
    }

    [Fact]
    public async Task ReadAsync_ExtraPosterAndImdbColumns_AreRead()
    {
        var movies = TmdbCsv.Write(_temp.File("demo.csv"), TmdbCsv.Tmdb5000WithExtrasHeader,
            [TmdbCsv.Tmdb5000Row(1, "Film", extras: "/poster.jpg,tt0000001")]);

        var result = await _reader.ReadAsync(movies, null, CatalogFilter.None);

        var movie = Assert.Single(result.Movies);
        Assert.Equal("/poster.jpg", movie.PosterPath);
        Assert.Equal("tt0000001", movie.ImdbId);
    }

    [Fact]
    public async Task ReadAsync_GzipFileWithPlainName_IsDetectedByMagicBytes()
    {
        var movies = TmdbCsv.WriteGzip(_temp.File("movies.csv"), TmdbCsv.Tmdb5000Header, [TmdbCsv.Tmdb5000Row(7, "Seven")]);

        var result = await _reader.ReadAsync(movies, null, CatalogFilter.None);

        Assert.Equal("Seven", Assert.Single(result.Movies).Title);
    }

    [Fact]
    public async Task ReadAsync_FullDumpLayout_ParsesCommaListsAndMapsCountryNames()
    {
        const string row = "27205,Inception,8.364,34495,Released,2010-07-15,825532764,148,False,/b.jpg,160000000,,tt1375666,en,Inception," +
            "\"A thief who steals secrets.\",83.952,/p.jpg,Your mind is the scene of the crime.,\"Action, Science Fiction\"," +
            "\"Legendary Pictures, Syncopy\",\"United Kingdom, United States of America, Atlantis\",English,\"rescue, mission, dream\"";
        var movies = TmdbCsv.Write(_temp.File("TMDB_movie_dataset_v11.csv"), TmdbCsv.FullDumpHeader, [row]);

        var result = await _reader.ReadAsync(movies, null, CatalogFilter.None);

        var movie = Assert.Single(result.Movies);
        Assert.Equal(CatalogFormat.TmdbFullDump, result.Format);
        Assert.Equal(["Action", "Science Fiction"], movie.Genres);
        Assert.Equal(["Legendary Pictures", "Syncopy"], movie.Companies);
        Assert.Equal(["GB", "US", "Atlantis"], movie.Countries);
        Assert.Equal(["rescue", "mission", "dream"], movie.Keywords);
        Assert.Equal("tt1375666", movie.ImdbId);
        Assert.Equal("/p.jpg", movie.PosterPath);
        Assert.Equal(148, movie.RuntimeMinutes);
    }

    [Fact]
    public async Task ReadAsync_FullDumpAdultFilm_IsFilteredUnlessIncluded()
    {
        const string row = "1,Adult Film,5,100,Released,2010-01-01,0,90,True,,0,,,en,Adult Film,Overview,1,,,Drama,,,,";
        var movies = TmdbCsv.Write(_temp.File("dump.csv"), TmdbCsv.FullDumpHeader, [row]);

        var excluded = await _reader.ReadAsync(movies, null, new CatalogFilter { IncludeAdult = false, ReleasedOnly = false });
        var included = await _reader.ReadAsync(movies, null, new CatalogFilter { IncludeAdult = true, ReleasedOnly = false });

        Assert.Empty(excluded.Movies);
        Assert.Equal(1, excluded.RowsFilteredOut);
        Assert.Single(included.Movies);
    }

    [Fact]
    public async Task ReadAsync_MalformedRows_AreSkippedAndCountedWithLineNumbers()
    {
        var rows = new[]
        {
            TmdbCsv.Tmdb5000Row(1, "Good"),
            TmdbCsv.Tmdb5000Row(1, "Good").Replace(",1,", ",notanumber,", StringComparison.Ordinal),
            TmdbCsv.Tmdb5000Row(3, "Broken JSON", genres: "Drama").Replace("\"\"name\"\": \"\"Drama\"\"}]", "\"\"name\"\": ", StringComparison.Ordinal),
            "1,2,3",
            TmdbCsv.Tmdb5000Row(1, "Duplicate id"),
            TmdbCsv.Tmdb5000Row(6, "Also good"),
        };
        var movies = TmdbCsv.Write(_temp.File("movies.csv"), TmdbCsv.Tmdb5000Header, rows);

        var result = await _reader.ReadAsync(movies, null, CatalogFilter.None);

        Assert.Equal(["Good", "Also good"], result.Movies.Select(m => m.Title));
        Assert.Equal(6, result.RowsRead);
        Assert.Equal(4, result.RowsSkipped);
        Assert.Equal(1, result.DuplicateRows);
        Assert.Equal([3L, 4L, 5L, 6L], result.FirstSkippedLines);
    }

    [Theory]
    [InlineData("vote_average", "1.7e308")]
    [InlineData("vote_average", "10.5")]
    [InlineData("vote_average", "-1")]
    [InlineData("vote_average", "NaN")]
    [InlineData("vote_average", "1e999")]
    [InlineData("vote_count", "-5")]
    [InlineData("vote_count", "3e12")]
    [InlineData("popularity", "1e300")]
    [InlineData("popularity", "-0.5")]
    [InlineData("runtime", "-90")]
    [InlineData("runtime", "1e9")]
    public async Task ReadAsync_OutOfRangeNumber_RowCountedAsMalformedWithLineNumber(string column, string value)
    {
        // Arrange: the damaged film sits on line 3, between two good ones.
        var damaged = column switch
        {
            "vote_average" => TmdbCsv.Tmdb5000Row(2, "Damaged").Replace(",7.5,100", $",{value},100", StringComparison.Ordinal),
            "vote_count" => TmdbCsv.Tmdb5000Row(2, "Damaged").Replace(",7.5,100", $",7.5,{value}", StringComparison.Ordinal),
            "popularity" => TmdbCsv.Tmdb5000Row(2, "Damaged").Replace(",12.5,", $",{value},", StringComparison.Ordinal),
            _ => TmdbCsv.Tmdb5000Row(2, "Damaged").Replace(",120.0,", $",{value},", StringComparison.Ordinal),
        };
        Assert.Contains(value, damaged, StringComparison.Ordinal);
        var movies = TmdbCsv.Write(_temp.File("movies.csv"), TmdbCsv.Tmdb5000Header,
            [TmdbCsv.Tmdb5000Row(1, "Good"), damaged, TmdbCsv.Tmdb5000Row(3, "Also good")]);

        // Act
        var result = await _reader.ReadAsync(movies, null, CatalogFilter.None);

        // Assert
        Assert.Equal(["Good", "Also good"], result.Movies.Select(m => m.Title));
        Assert.Equal(1, result.RowsSkipped);
        Assert.Equal([3L], result.FirstSkippedLines);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("n/a", 0)]
    [InlineData("10", 10)]
    [InlineData("0", 0)]
    public async Task ReadAsync_MissingOrEdgeVoteAverage_KeepsTheFilm(string value, double expected)
    {
        // Arrange
        var row = TmdbCsv.Tmdb5000Row(1, "Edge").Replace(",7.5,100", $",{value},100", StringComparison.Ordinal);
        var movies = TmdbCsv.Write(_temp.File("movies.csv"), TmdbCsv.Tmdb5000Header, [row]);

        // Act
        var result = await _reader.ReadAsync(movies, null, CatalogFilter.None);

        // Assert
        Assert.Equal(expected, Assert.Single(result.Movies).VoteAverage);
        Assert.Equal(0, result.RowsSkipped);
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(50, 2)]
    [InlineData(500, 1)]
    public async Task ReadAsync_MinVoteCount_FiltersByVotes(int minVotes, int expected)
    {
        var movies = TmdbCsv.Write(_temp.File("movies.csv"), TmdbCsv.Tmdb5000Header,
            [TmdbCsv.Tmdb5000Row(1, "A", voteCount: 10), TmdbCsv.Tmdb5000Row(2, "B", voteCount: 60), TmdbCsv.Tmdb5000Row(3, "C", voteCount: 600)]);

        var result = await _reader.ReadAsync(movies, null, new CatalogFilter { MinVoteCount = minVotes });

        Assert.Equal(expected, result.Movies.Count);
        Assert.Equal(3 - expected, result.RowsFilteredOut);
    }

    [Fact]
    public async Task ReadAsync_UnreleasedFilm_IsFilteredWhenReleasedOnly()
    {
        var movies = TmdbCsv.Write(_temp.File("movies.csv"), TmdbCsv.Tmdb5000Header, [TmdbCsv.Tmdb5000Row(1, "Soon", status: "Post Production")]);

        var released = await _reader.ReadAsync(movies, null, new CatalogFilter { ReleasedOnly = true });
        var all = await _reader.ReadAsync(movies, null, new CatalogFilter { ReleasedOnly = false });

        Assert.Empty(released.Movies);
        Assert.Single(all.Movies);
    }

    [Fact]
    public async Task ReadAsync_MissingFile_ThrowsNamingTheFile()
    {
        var path = _temp.File("nope.csv");

        var error = await Assert.ThrowsAsync<CatalogFormatException>(() => _reader.ReadAsync(path, null, CatalogFilter.None));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_MissingCreditsFile_ThrowsNamingTheFile()
    {
        var movies = TmdbCsv.Write(_temp.File("movies.csv"), TmdbCsv.Tmdb5000Header, [TmdbCsv.Tmdb5000Row(1, "A")]);
        var credits = _temp.File("credits-missing.csv");

        var error = await Assert.ThrowsAsync<CatalogFormatException>(() => _reader.ReadAsync(movies, credits, CatalogFilter.None));

        Assert.Contains(credits, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_UnknownHeader_ThrowsNamingFileAndMissingColumns()
    {
        var path = TmdbCsv.Write(_temp.File("ratings.csv"), "userId,movieId,rating,timestamp", ["1,1,4.0,964982703"]);

        var error = await Assert.ThrowsAsync<CatalogFormatException>(() => _reader.ReadAsync(path, null, CatalogFilter.None));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("vote_count", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_CreditsFileGivenAsMovies_ExplainsTheMixUp()
    {
        var path = TmdbCsv.Write(_temp.File("credits.csv"), TmdbCsv.CreditsHeader, [TmdbCsv.CreditsRow(1, "A", ["X"], ["Y"])]);

        var error = await Assert.ThrowsAsync<CatalogFormatException>(() => _reader.ReadAsync(path, null, CatalogFilter.None));

        Assert.Contains("credits file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_WrongCreditsHeader_ThrowsNamingTheCreditsFile()
    {
        var movies = TmdbCsv.Write(_temp.File("movies.csv"), TmdbCsv.Tmdb5000Header, [TmdbCsv.Tmdb5000Row(1, "A")]);
        var credits = TmdbCsv.Write(_temp.File("other.csv"), "a,b,c", ["1,2,3"]);

        var error = await Assert.ThrowsAsync<CatalogFormatException>(() => _reader.ReadAsync(movies, credits, CatalogFilter.None));

        Assert.Contains(credits, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_CorruptGzip_ThrowsNamingTheFile()
    {
        var path = _temp.File("movies.csv.gz");
        await File.WriteAllBytesAsync(path, [0x1f, 0x8b, 0x08, 0x00, 0xde, 0xad, 0xbe, 0xef, 0xff, 0xff, 0xff, 0xff, 0x00, 0x13, 0x37]);

        var error = await Assert.ThrowsAsync<CatalogFormatException>(() => _reader.ReadAsync(path, null, CatalogFilter.None));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_EmptyFile_ThrowsNamingTheFile()
    {
        var path = _temp.File("empty.csv");
        await File.WriteAllTextAsync(path, string.Empty);

        var error = await Assert.ThrowsAsync<CatalogFormatException>(() => _reader.ReadAsync(path, null, CatalogFilter.None));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_CrlfLineEndingsAndQuotedNewlines_AreParsed()
    {
        var row = TmdbCsv.Tmdb5000Row(9, "Multi", overview: "First line.\nSecond line.");
        var path = _temp.File("crlf.csv");
        await File.WriteAllTextAsync(path, TmdbCsv.Tmdb5000Header + "\r\n" + row + "\r\n" + TmdbCsv.Tmdb5000Row(10, "Next") + "\r\n");

        var result = await _reader.ReadAsync(path, null, CatalogFilter.None);

        Assert.Equal(["Multi", "Next"], result.Movies.Select(m => m.Title));
        Assert.Equal("First line.\nSecond line.", result.Movies[0].Overview);
    }
}
