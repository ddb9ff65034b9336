using System.IO.Compression;
using MovieRecommender.Core.Collaborative;
using MovieRecommender.Core.Ingest;
using MovieRecommender.Core.Tests.TestSupport;

namespace MovieRecommender.Core.Tests.Collaborative;

public sealed class MovieLensRatingsReaderTests : IDisposable
{
    private const string Links = "movieId,imdbId,tmdbId\n1,0114709,862\n2,0113497,8844\n3,0113228,\n";
    private static readonly Dictionary<int, int> Catalog = new() { [862] = 0, [8844] = 1 };
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ReadAsync_RatingsOfFilmsOutsideTheCatalog_AreDroppedAndCounted()
    {
        // Arrange: movie 3 has no TMDB id, movie 9 is not in links at all.
        var ratings = Write("ratings.csv", "userId,movieId,rating,timestamp\n1,1,4.0,964982703\n1,3,4.0,964981247\n2,2,3.5,964982224\n2,9,5.0,964983815\n");
        var links = Write("links.csv", Links);

        // Act
        var result = await new MovieLensRatingsReader().ReadAsync(ratings, links, Catalog);

        // Assert
        Assert.Equal([new UserFilmRating(1, 0, 4.0f), new UserFilmRating(2, 1, 3.5f)], result.Ratings);
        Assert.Equal(4, result.RowsRead);
        Assert.Equal(2, result.RowsOutsideCatalog);
        Assert.Equal(0, result.RowsMalformed);
        Assert.Equal(2, result.Users);
        Assert.Equal(2, result.FilmsRated);
    }

    [Fact]
    public async Task ReadAsync_MalformedRows_AreSkippedWithTheirLineNumbers()
    {
        // Arrange: line 3 has no rating, line 4 a rating out of range, line 5 a word for a user.
        var ratings = Write("ratings.csv", "userId,movieId,rating,timestamp\n1,1,4.0,1\n1,2,,2\n2,1,7.5,3\nabc,2,3.0,4\n3,2,0.5,5\n");
        var links = Write("links.csv", Links);

        // Act
        var result = await new MovieLensRatingsReader().ReadAsync(ratings, links, Catalog);

        // Assert
        Assert.Equal(3, result.RowsMalformed);
        Assert.Equal([3L, 4L, 5L], result.FirstMalformedLines);
        Assert.Equal(2, result.Ratings.Count);
    }

    [Fact]
    public async Task ReadAsync_GzipRatings_AreReadLikePlainOnes()
    {
        // Arrange
        var ratings = _folder.File("ratings.csv.gz");
        await using (var gzip = new GZipStream(File.Create(ratings), CompressionLevel.Fastest))
        await using (var writer = new StreamWriter(gzip))
        {
            await writer.WriteAsync("userId,movieId,rating,timestamp\n1,1,4.0,964982703\n");
        }

        var links = Write("links.csv", Links);

        // Act
        var result = await new MovieLensRatingsReader().ReadAsync(ratings, links, Catalog);

        // Assert
        Assert.Single(result.Ratings);
    }

    [Fact]
    public async Task ReadAsync_HeaderWithoutRatingColumn_ThrowsNamingTheFileAndColumn()
    {
        // Arrange
        var ratings = Write("ratings.csv", "userId,movieId,score\n1,1,4.0\n");
        var links = Write("links.csv", Links);

        // Act
        var act = () => new MovieLensRatingsReader().ReadAsync(ratings, links, Catalog);

        // Assert
        var error = await Assert.ThrowsAsync<CatalogFormatException>(act);
        Assert.Contains("ratings.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains("rating", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_MissingLinksFile_ThrowsNamingIt()
    {
        // Arrange
        var ratings = Write("ratings.csv", "userId,movieId,rating,timestamp\n");

        // Act
        var act = () => new MovieLensRatingsReader().ReadAsync(ratings, _folder.File("nope.csv"), Catalog);

        // Assert
        var error = await Assert.ThrowsAsync<CatalogFormatException>(act);
        Assert.Contains("nope.csv", error.Message, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = _folder.File(name);
        File.WriteAllText(path, content);
        return path;
    }
}
