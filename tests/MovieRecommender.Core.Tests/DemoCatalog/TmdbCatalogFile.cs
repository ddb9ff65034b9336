using System.IO.Compression;
using System.Text.Json;
using nietras.SeparatedValues;

namespace MovieRecommender.Core.Tests.DemoCatalog;

/// <summary>Reads a movies CSV plus credits CSV in the TMDB 5000 layout into <see cref="CatalogFilm"/> records.</summary>
public static class TmdbCatalogFile
{
    private const string DirectorJob = "Director";

    public static IReadOnlyDictionary<int, CatalogFilm> Load(string moviesPath, string creditsPath)
    {
        var directors = ReadDirectors(creditsPath);
        var films = new Dictionary<int, CatalogFilm>();
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(moviesPath);
        foreach (var row in reader)
        {
            var id = int.Parse(row["id"].Span, System.Globalization.CultureInfo.InvariantCulture);
            var film = new CatalogFilm(
                id,
                row["title"].ToString(),
                row["release_date"].ToString(),
                row["overview"].ToString(),
                ReadNames(row["genres"].ToString()),
                directors.GetValueOrDefault(id, new HashSet<string>()));
            // A duplicate id would silently hide a row, so keep the first and let the count test notice.
            films.TryAdd(id, film);
        }

        return films;
    }

    /// <summary>Counts data rows in a movies CSV, so duplicate ids can be detected.</summary>
    public static IReadOnlyList<int> ReadIds(string moviesPath)
    {
        var ids = new List<int>();
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(moviesPath);
        foreach (var row in reader)
        {
            ids.Add(int.Parse(row["id"].Span, System.Globalization.CultureInfo.InvariantCulture));
        }

        return ids;
    }

    private static Dictionary<int, HashSet<string>> ReadDirectors(string creditsPath)
    {
        using var file = File.OpenRead(creditsPath);
        using Stream stream = creditsPath.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(file, CompressionMode.Decompress)
            : file;
        using var reader = Sep.Reader(o => o with { Unescape = true }).From(stream);
        var directors = new Dictionary<int, HashSet<string>>();
        foreach (var row in reader)
        {
            var id = int.Parse(row["movie_id"].Span, System.Globalization.CultureInfo.InvariantCulture);
            using var crew = JsonDocument.Parse(row["crew"].ToString());
            directors[id] = crew.RootElement.EnumerateArray()
                .Where(member => member.GetProperty("job").GetString() == DirectorJob)
                .Select(member => member.GetProperty("name").GetString() ?? string.Empty)
                .ToHashSet(StringComparer.Ordinal);
        }

        return directors;
    }

    private static List<string> ReadNames(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray()
            .Select(item => item.GetProperty("name").GetString() ?? string.Empty)
            .ToList();
    }
}
