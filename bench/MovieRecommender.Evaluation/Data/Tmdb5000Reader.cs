using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using MovieRecommender.Core.Catalog;
using nietras.SeparatedValues;

namespace MovieRecommender.Evaluation.Data;

/// <summary>
/// Reads the Kaggle TMDB 5000 movies file (JSON arrays inside CSV fields) and optionally joins the credits file
/// (directors from crew, cast in billing order). Only what the evaluation needs; the product's ingest lives in Core.
/// </summary>
public static class Tmdb5000Reader
{
    private const string DirectorJob = "Director";
    private const string ReleasedStatus = "Released";

    public static IReadOnlyList<CatalogRecord> Read(string moviesPath, string? creditsPath)
    {
        var credits = creditsPath is null ? [] : ReadCredits(creditsPath);
        var records = new List<CatalogRecord>();
        using var reader = Sep.Reader(o => o with { Unescape = true }).From(OpenText(moviesPath));
        foreach (var row in reader)
        {
            var id = row["id"].Parse<int>();
            var hasCredits = credits.TryGetValue(id, out var people);
            var movie = new Movie
            {
                Id = id,
                Title = row["title"].ToString(),
                OriginalTitle = row["original_title"].ToString(),
                ReleaseDate = DateOnly.TryParseExact(row["release_date"].ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
                Genres = Names(row["genres"].ToString()),
                Keywords = Names(row["keywords"].ToString()),
                Companies = Names(row["production_companies"].ToString()),
                Countries = Values(row["production_countries"].ToString(), "iso_3166_1"),
                OriginalLanguage = row["original_language"].ToString(),
                RuntimeMinutes = double.TryParse(row["runtime"].ToString(), CultureInfo.InvariantCulture, out var runtime) ? (int)runtime : null,
                VoteAverage = double.Parse(row["vote_average"].ToString(), CultureInfo.InvariantCulture),
                VoteCount = int.Parse(row["vote_count"].ToString(), CultureInfo.InvariantCulture),
                Popularity = double.Parse(row["popularity"].ToString(), CultureInfo.InvariantCulture),
                Overview = row["overview"].ToString(),
                Tagline = row["tagline"].ToString(),
                Directors = hasCredits ? people.Directors : [],
                Cast = hasCredits ? people.Cast : [],
            };
            records.Add(new CatalogRecord(movie, row["status"].ToString() == ReleasedStatus));
        }

        return records;
    }

    private static Dictionary<int, (IReadOnlyList<string> Directors, IReadOnlyList<string> Cast)> ReadCredits(string path)
    {
        var credits = new Dictionary<int, (IReadOnlyList<string>, IReadOnlyList<string>)>();
        using var reader = Sep.Reader(o => o with { Unescape = true }).From(OpenText(path));
        foreach (var row in reader)
        {
            using var cast = JsonDocument.Parse(row["cast"].ToString());
            using var crew = JsonDocument.Parse(row["crew"].ToString());
            var castNames = cast.RootElement.EnumerateArray()
                .OrderBy(c => c.GetProperty("order").GetInt32())
                .Select(c => c.GetProperty("name").GetString() ?? string.Empty)
                .ToArray();
            var directors = crew.RootElement.EnumerateArray()
                .Where(c => c.GetProperty("job").GetString() == DirectorJob)
                .Select(c => c.GetProperty("name").GetString() ?? string.Empty)
                .ToArray();
            credits[row["movie_id"].Parse<int>()] = (directors, castNames);
        }

        return credits;
    }

    private static string[] Names(string json) => Values(json, "name");

    private static string[] Values(string json, string property)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(e => e.GetProperty(property).GetString() ?? string.Empty)];
    }

    private static StreamReader OpenText(string path)
    {
        Stream stream = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        return new StreamReader(stream);
    }
}
