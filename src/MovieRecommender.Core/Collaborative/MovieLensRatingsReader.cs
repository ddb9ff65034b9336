using System.Globalization;
using System.Security.Cryptography;
using MovieRecommender.Core.Ingest;
using nietras.SeparatedValues;

namespace MovieRecommender.Core.Collaborative;

/// <summary>
/// Reads ratings in the MovieLens layout (<c>ratings.csv</c>: userId,movieId,rating,timestamp; <c>links.csv</c>:
/// movieId,imdbId,tmdbId), plain or gzip. Ratings map to catalog films through the links' TMDB ids; ratings of films
/// the catalog does not hold are dropped and counted, malformed rows are skipped and counted with their line numbers.
/// A missing file or a header without the needed columns is a <see cref="CatalogFormatException"/> naming the file.
/// </summary>
public sealed class MovieLensRatingsReader : IRatingsReader
{
    private const int MaxLinesRemembered = 10;
    private const int CancellationCheckEveryRows = 65_536;
    private static readonly string[] RatingColumns = ["userId", "movieId", "rating"];
    private static readonly string[] LinkColumns = ["movieId", "tmdbId"];

    public Task<RatingsReadResult> ReadAsync(string ratingsPath, string linksPath, IReadOnlyDictionary<int, int> filmIndexByTmdbId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filmIndexByTmdbId);
        return Task.Run(() => Read(ratingsPath, linksPath, filmIndexByTmdbId, cancellationToken), cancellationToken);
    }

    private static RatingsReadResult Read(string ratingsPath, string linksPath, IReadOnlyDictionary<int, int> filmIndexByTmdbId,
        CancellationToken cancellationToken)
    {
        RequireFile(ratingsPath, "Ratings");
        RequireFile(linksPath, "Links");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var filmByMovieId = Guarded(linksPath, () => ReadLinks(linksPath, filmIndexByTmdbId, hash));
        return Guarded(ratingsPath, () => ReadRatings(ratingsPath, filmByMovieId, hash, cancellationToken));
    }

    // movieId → catalog index, for links whose TMDB id is in the catalog.
    private static Dictionary<int, int> ReadLinks(string path, IReadOnlyDictionary<int, int> filmIndexByTmdbId, IncrementalHash hash)
    {
        using var file = CatalogFile.Open(path, hash);
        using var reader = Sep.Reader(o => o with { Unescape = true }).From(file.Reader);
        RequireColumns(path, reader.Header, LinkColumns);
        int movieIdColumn = reader.Header.IndexOf("movieId");
        int tmdbColumn = reader.Header.IndexOf("tmdbId");
        var films = new Dictionary<int, int>();
        foreach (var row in reader)
        {
            // Some links have no TMDB id (8 in ml-latest-small): their films cannot match any catalog.
            if (int.TryParse(row[movieIdColumn].Span, NumberStyles.Integer, CultureInfo.InvariantCulture, out int movieId)
                && int.TryParse(row[tmdbColumn].Span, NumberStyles.Integer, CultureInfo.InvariantCulture, out int tmdbId)
                && filmIndexByTmdbId.TryGetValue(tmdbId, out int film))
            {
                films[movieId] = film;
            }
        }

        return films;
    }

    private static RatingsReadResult ReadRatings(string path, Dictionary<int, int> filmByMovieId, IncrementalHash hash,
        CancellationToken cancellationToken)
    {
        using var file = CatalogFile.Open(path, hash);
        using var reader = Sep.Reader(o => o with { Unescape = true }).From(file.Reader);
        RequireColumns(path, reader.Header, RatingColumns);
        int userColumn = reader.Header.IndexOf("userId");
        int movieColumn = reader.Header.IndexOf("movieId");
        int ratingColumn = reader.Header.IndexOf("rating");
        int columnCount = reader.Header.ColNames.Count;
        var ratings = new List<UserFilmRating>();
        var malformedLines = new List<long>();
        var users = new HashSet<long>();
        var films = new HashSet<int>();
        long rowsRead = 0, malformed = 0, outside = 0;
        foreach (var row in reader)
        {
            if (++rowsRead % CancellationCheckEveryRows == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (row.ColCount != columnCount
                || !long.TryParse(row[userColumn].Span, NumberStyles.Integer, CultureInfo.InvariantCulture, out long userId)
                || !int.TryParse(row[movieColumn].Span, NumberStyles.Integer, CultureInfo.InvariantCulture, out int movieId)
                || !float.TryParse(row[ratingColumn].Span, NumberStyles.Float, CultureInfo.InvariantCulture, out float rating)
                || !RatingScale.IsValid(rating))
            {
                malformed++;
                if (malformedLines.Count < MaxLinesRemembered)
                {
                    malformedLines.Add(row.LineNumberFrom);
                }

                continue;
            }

            if (!filmByMovieId.TryGetValue(movieId, out int film))
            {
                outside++;
                continue;
            }

            ratings.Add(new UserFilmRating(userId, film, rating));
            users.Add(userId);
            films.Add(film);
        }

        return new RatingsReadResult
        {
            Ratings = ratings,
            RowsRead = rowsRead,
            RowsMalformed = malformed,
            FirstMalformedLines = malformedLines,
            RowsOutsideCatalog = outside,
            Users = users.Count,
            FilmsRated = films.Count,
            DatasetSha256 = Convert.ToHexStringLower(hash.GetHashAndReset()),
        };
    }

    private static void RequireFile(string path, string what)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new CatalogFormatException($"No {what.ToLowerInvariant()} file was given.");
        }

        if (!File.Exists(path))
        {
            throw new CatalogFormatException($"{what} file '{path}' was not found.");
        }
    }

    private static void RequireColumns(string path, SepReaderHeader header, string[] required)
    {
        var missing = required.Where(c => !header.TryIndexOf(c, out _)).ToArray();
        if (missing.Length > 0)
        {
            throw new CatalogFormatException(
                $"'{path}' is not in the MovieLens layout: missing column(s) {string.Join(", ", missing)} (header: {string.Join(",", header.ColNames)}).");
        }
    }

    private static T Guarded<T>(string path, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or FormatException or UnauthorizedAccessException)
        {
            throw new CatalogFormatException($"'{path}' cannot be read: {ex.Message}", ex);
        }
    }
}
