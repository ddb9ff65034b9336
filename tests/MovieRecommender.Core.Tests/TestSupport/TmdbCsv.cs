using System.IO.Compression;
using System.Text;

namespace MovieRecommender.Core.Tests.TestSupport;

/// <summary>Writes tiny catalog files in the real TMDB layouts for reader and pipeline tests.</summary>
public static class TmdbCsv
{
    public const string Tmdb5000Header =
        "budget,genres,homepage,id,keywords,original_language,original_title,overview,popularity,production_companies," +
        "production_countries,release_date,revenue,runtime,spoken_languages,status,tagline,title,vote_average,vote_count";

    public const string Tmdb5000WithExtrasHeader = Tmdb5000Header + ",poster_path,imdb_id";

    public const string FullDumpHeader =
        "id,title,vote_average,vote_count,status,release_date,revenue,runtime,adult,backdrop_path,budget,homepage,imdb_id," +
        "original_language,original_title,overview,popularity,poster_path,tagline,genres,production_companies," +
        "production_countries,spoken_languages,keywords";

    public const string CreditsHeader = "movie_id,title,cast,crew";

    public static string JsonNames(params string[] names) =>
        "[" + string.Join(", ", names.Select((n, i) => $"{{\"id\": {i + 1}, \"name\": \"{n}\"}}")) + "]";

    public static string JsonCountries(params string[] codes) =>
        "[" + string.Join(", ", codes.Select(c => $"{{\"iso_3166_1\": \"{c}\", \"name\": \"Country {c}\"}}")) + "]";

    public static string Tmdb5000Row(
        int id, string title, string genres = "Drama", string keywords = "hero", int voteCount = 100,
        string status = "Released", string overview = "A story about a hero.", string? extras = null,
        string companies = "Acme Pictures", string countries = "US", string releaseDate = "2008-07-16")
    {
        var fields = new[]
        {
            "1000", JsonNames(genres.Split('|')), "", id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            JsonNames(keywords.Split('|')), "en", title, overview, "12.5", JsonNames(companies.Split('|')),
            JsonCountries(countries.Split('|')), releaseDate, "0", "120.0", "[]", status, "A tagline.", title, "7.5",
            voteCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var row = string.Join(",", fields.Select(Quote));
        return extras is null ? row : row + "," + extras;
    }

    public static string CreditsRow(int id, string title, string[] cast, string[] directors)
    {
        var castJson = "[" + string.Join(", ", cast.Select((n, i) => $"{{\"cast_id\": {i}, \"name\": \"{n}\", \"order\": {i}}}")) + "]";
        var crewJson = "[" + string.Join(", ", directors.Select(n => $"{{\"job\": \"Director\", \"name\": \"{n}\"}}")
            .Append("{\"job\": \"Producer\", \"name\": \"Some Producer\"}")) + "]";
        return string.Join(",", new[] { id.ToString(System.Globalization.CultureInfo.InvariantCulture), title, castJson, crewJson }.Select(Quote));
    }

    public static string Quote(string field) =>
        field.Contains(',', StringComparison.Ordinal) || field.Contains('"', StringComparison.Ordinal) || field.Contains('\n', StringComparison.Ordinal)
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;

    public static string Write(string path, string header, IEnumerable<string> rows)
    {
        File.WriteAllText(path, header + "\n" + string.Join("\n", rows) + "\n", new UTF8Encoding(false));
        return path;
    }

    public static string WriteGzip(string path, string header, IEnumerable<string> rows)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        var bytes = Encoding.UTF8.GetBytes(header + "\n" + string.Join("\n", rows) + "\n");
        gzip.Write(bytes);
        return path;
    }
}
