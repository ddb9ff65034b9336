using System.Globalization;
using System.IO.Compression;
using System.Text;
using MovieRecommender.Core.Catalog;

namespace MovieRecommender.Benchmarks.Synthetic;

/// <summary>
/// Writes films as a gzip-compressed CSV in the TMDB full-dump layout (TMDB_movie_dataset_v11.csv): list columns
/// are comma-separated names inside one quoted field, countries are English names, RFC 4180 quoting.
/// </summary>
public static class TmdbDumpCsvWriter
{
    public const string Header =
        "id,title,vote_average,vote_count,status,release_date,revenue,runtime,adult,backdrop_path,budget,homepage," +
        "imdb_id,original_language,original_title,overview,popularity,poster_path,tagline,genres," +
        "production_companies,production_countries,spoken_languages,keywords";

    private const int BufferSize = 1 << 20;

    /// <returns>Number of films written.</returns>
    public static async Task<int> WriteAsync(IEnumerable<Movie> movies, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(movies);
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, BufferSize, useAsync: true);
        await using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        await using var writer = new StreamWriter(gzip, new UTF8Encoding(false), BufferSize) { NewLine = "\n" };
        await writer.WriteLineAsync(Header.AsMemory(), cancellationToken);
        var count = 0;
        var line = new StringBuilder(2048);
        foreach (var movie in movies)
        {
            line.Clear();
            AppendRow(line, movie);
            await writer.WriteLineAsync(line, cancellationToken);
            count++;
        }

        return count;
    }

    private static void AppendRow(StringBuilder line, Movie movie)
    {
        var invariant = CultureInfo.InvariantCulture;
        Field(line, movie.Id.ToString(invariant), first: true);
        Field(line, movie.Title);
        Field(line, movie.VoteAverage.ToString("0.0##", invariant));
        Field(line, movie.VoteCount.ToString(invariant));
        Field(line, "Released");
        Field(line, movie.ReleaseDate?.ToString("yyyy-MM-dd", invariant));
        Field(line, "0");
        Field(line, movie.RuntimeMinutes?.ToString(invariant));
        Field(line, "False");
        Field(line, movie.PosterPath);
        Field(line, "0");
        Field(line, null);
        Field(line, movie.ImdbId);
        Field(line, movie.OriginalLanguage);
        Field(line, movie.OriginalTitle);
        Field(line, movie.Overview);
        Field(line, movie.Popularity.ToString("0.###", invariant));
        Field(line, movie.PosterPath);
        Field(line, movie.Tagline);
        Field(line, string.Join(", ", movie.Genres));
        Field(line, string.Join(", ", movie.Companies));
        Field(line, string.Join(", ", movie.Countries.Select(SyntheticCountries.NameOf)));
        Field(line, movie.OriginalLanguage == "en" ? "English" : movie.OriginalLanguage);
        Field(line, string.Join(", ", movie.Keywords));
    }

    private static void Field(StringBuilder line, string? value, bool first = false)
    {
        if (!first)
        {
            line.Append(',');
        }

        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(value);
            return;
        }

        line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
