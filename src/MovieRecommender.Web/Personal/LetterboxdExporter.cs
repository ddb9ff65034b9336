using System.Globalization;
using System.IO.Compression;
using System.Text;
using MovieRecommender.Data.Personal;

namespace MovieRecommender.Web.Personal;

/// <summary>
/// The user's lists in Letterboxd's export layout (ratings.csv, watched.csv, watchlist.csv, likes/films.csv with
/// Date,Name,Year,Letterboxd URI[,Rating]) as one zip, so the data can go back into Letterboxd or into this app.
/// Films not in the current catalog have no title to write and are left out.
/// </summary>
public sealed class LetterboxdExporter(IPersonalDataStore store, PersonalFilmMapper films)
{
    public const string FileName = "movierecommender-letterboxd.zip";
    private const string Header = "Date,Name,Year,Letterboxd URI";

    public async Task<byte[]> ExportAsync(string userId, CancellationToken cancellationToken)
    {
        var profile = await store.GetProfileAsync(userId, cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "ratings.csv", Header + ",Rating", profile.Ratings.Select(r =>
                Row(r.MovieId, r.RatedAt, RatingScale.ToStars(r.HalfStars).ToString("0.#", CultureInfo.InvariantCulture))));
            Write(zip, "watched.csv", Header, profile.Watched.Select(w => Row(w.MovieId, w.WatchedOn.ToDateTime(TimeOnly.MinValue), null)));
            Write(zip, "watchlist.csv", Header, profile.Watchlist.Select(w => Row(w.MovieId, w.AddedAt, null)));
            Write(zip, "likes/films.csv", Header, profile.Likes.Select(l => Row(l.MovieId, l.LikedAt, null)));
        }

        return buffer.ToArray();
    }

    private string? Row(int movieId, DateTime date, string? rating)
    {
        if (films.Find(movieId) is not { } movie)
        {
            return null;
        }

        var row = $"{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)},{Csv(movie.Title)},{movie.Year?.ToString(CultureInfo.InvariantCulture)},";
        return rating is null ? row : row + "," + rating;
    }

    private static void Write(ZipArchive zip, string name, string header, IEnumerable<string?> rows)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.WriteLine(header);
        foreach (var row in rows.OfType<string>())
        {
            writer.WriteLine(row);
        }
    }

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
