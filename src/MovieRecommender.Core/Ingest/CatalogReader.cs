using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MovieRecommender.Core.Catalog;
using nietras.SeparatedValues;

namespace MovieRecommender.Core.Ingest;

/// <summary>
/// Streams a TMDB movies file (TMDB 5000, full dump or the demo catalog) and optionally joins a TMDB 5000
/// credits file on id. Malformed rows are counted and skipped, never fatal; only an unusable file is.
/// </summary>
public sealed class CatalogReader : ICatalogReader
{
    /// <summary>Top-billed cast kept per film (the soup uses fewer; the UI shows these).</summary>
    public const int CastKept = 5;

    private const int ProgressEveryRows = 2048;
    private const double MoviesShareWithCredits = 0.6;

    public Task<CatalogReadResult> ReadAsync(
        string moviesPath,
        string? creditsPath,
        CatalogFilter filter,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        // Parsing is CPU-bound; run it off the caller's thread so UIs and hosts stay responsive.
        return Task.Run(() => Read(moviesPath, creditsPath, filter, progress, cancellationToken), cancellationToken);
    }

    private static CatalogReadResult Read(
        string moviesPath, string? creditsPath, CatalogFilter filter, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var pool = new StringPool();
        var hasCredits = !string.IsNullOrWhiteSpace(creditsPath);
        var moviesShare = hasCredits ? MoviesShareWithCredits : 1.0;

        // Validate both files exist before the long read, so a typo in the credits path fails fast.
        if (hasCredits && !File.Exists(creditsPath))
        {
            throw new CatalogFormatException($"Credits file '{creditsPath}' was not found.");
        }

        List<Movie> movies;
        CatalogReadResult stats;
        try
        {
            movies = ReadMovies(moviesPath, filter, pool, hash, f => progress?.Report(f * moviesShare), cancellationToken, out stats);
        }
        catch (Exception ex) when (IsBrokenFile(ex))
        {
            throw new CatalogFormatException($"'{moviesPath}' cannot be read: {ex.Message}", ex);
        }

        var creditRowsSkipped = 0;
        if (hasCredits)
        {
            Dictionary<int, MovieCredits> credits;
            try
            {
                credits = ReadCredits(creditsPath!, pool, hash, f => progress?.Report(moviesShare + (f * (1 - moviesShare))), cancellationToken, out creditRowsSkipped);
            }
            catch (Exception ex) when (IsBrokenFile(ex))
            {
                throw new CatalogFormatException($"'{creditsPath}' cannot be read: {ex.Message}", ex);
            }

            for (var i = 0; i < movies.Count; i++)
            {
                if (credits.TryGetValue(movies[i].Id, out var credit))
                {
                    movies[i] = movies[i] with { Directors = credit.Directors, Cast = credit.Cast };
                }
            }
        }

        progress?.Report(1);
        return stats with
        {
            Movies = movies,
            CreditRowsSkipped = creditRowsSkipped,
            DatasetSha256 = Convert.ToHexStringLower(hash.GetHashAndReset()),
        };
    }

    private static List<Movie> ReadMovies(
        string path, CatalogFilter filter, StringPool pool, IncrementalHash hash, Action<double> report,
        CancellationToken cancellationToken, out CatalogReadResult stats)
    {
        using var file = CatalogFile.Open(path, hash);
        using var reader = OpenCsv(file);
        var format = CatalogColumns.DetectMoviesFormat(path, reader.Header.ColNames);
        var columnCount = reader.Header.ColNames.Count;
        var parser = new TmdbRowParser(reader.Header, pool);
        var movies = new List<Movie>();
        var seenIds = new HashSet<int>();
        var skipped = new SkippedRowLog();
        int rowsRead = 0, filteredOut = 0, duplicates = 0;

        foreach (var row in reader)
        {
            rowsRead++;
            if (rowsRead % ProgressEveryRows == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                report(file.Fraction);
            }

            if (row.ColCount != columnCount || !parser.TryParse(row, out var parsed))
            {
                skipped.Add(row.LineNumberFrom);
                continue;
            }

            if (!seenIds.Add(parsed.Movie.Id))
            {
                duplicates++;
                skipped.Add(row.LineNumberFrom);
                continue;
            }

            if (!filter.Accepts(parsed))
            {
                filteredOut++;
                continue;
            }

            movies.Add(parsed.Movie);
        }

        stats = new CatalogReadResult
        {
            Format = format,
            Movies = [],
            RowsRead = rowsRead,
            RowsSkipped = skipped.Count,
            DuplicateRows = duplicates,
            FirstSkippedLines = skipped.FirstLines.ToArray(),
            RowsFilteredOut = filteredOut,
            DatasetSha256 = string.Empty,
        };
        return movies;
    }

    private static Dictionary<int, MovieCredits> ReadCredits(
        string path, StringPool pool, IncrementalHash hash, Action<double> report, CancellationToken cancellationToken, out int rowsSkipped)
    {
        using var file = CatalogFile.Open(path, hash);
        using var reader = OpenCsv(file);
        CatalogColumns.EnsureCreditsHeader(path, reader.Header.ColNames);
        var columnCount = reader.Header.ColNames.Count;
        var idColumn = reader.Header.IndexOf(CatalogColumns.CreditsMovieId);
        var castColumn = reader.Header.IndexOf(CatalogColumns.CreditsCast);
        var crewColumn = reader.Header.IndexOf(CatalogColumns.CreditsCrew);
        var lists = new TmdbListParser(pool);
        var credits = new Dictionary<int, MovieCredits>();
        var rows = 0;
        rowsSkipped = 0;

        foreach (var row in reader)
        {
            if (++rows % ProgressEveryRows == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                report(file.Fraction);
            }

            if (row.ColCount != columnCount
                || !int.TryParse(row[idColumn].Span.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
            {
                rowsSkipped++;
                continue;
            }

            try
            {
                credits.TryAdd(id, new MovieCredits(lists.ReadDirectors(row[crewColumn].Span), lists.ReadCast(row[castColumn].Span, CastKept)));
            }
            catch (JsonException)
            {
                rowsSkipped++;
            }
        }

        return credits;
    }

    private static SepReader OpenCsv(CatalogFile file)
    {
        try
        {
            return Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = true })
                .From(file.Reader);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or ArgumentException)
        {
            throw new CatalogFormatException($"'{file.Path}' cannot be read as CSV: {ex.Message}", ex);
        }
    }

    // A broken file (truncated gzip, invalid CSV quoting, I/O error) surfaces mid-read; name the file instead of leaking it.
    private static bool IsBrokenFile(Exception ex) => ex is InvalidDataException or IOException or DecoderFallbackException;
}
