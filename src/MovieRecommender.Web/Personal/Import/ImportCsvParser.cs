using System.Globalization;
using nietras.SeparatedValues;

namespace MovieRecommender.Web.Personal.Import;

/// <summary>
/// Reads one export CSV: Letterboxd (<c>Date,Name,Year,Letterboxd URI[,Rating]</c>; the list comes from the file
/// name: ratings, watched, watchlist, likes/films, diary) or IMDb ratings (<c>Const,Your Rating,Date Rated,Title,…,Year</c>;
/// 1–10 → half-stars). Anything else is refused with the header it found.
/// </summary>
public static class ImportCsvParser
{
    public const string LetterboxdFormat = "letterboxd";
    public const string ImdbFormat = "imdb";

    public static (string Format, List<ImportRow> Rows) Parse(string fileName, TextReader text)
    {
        using var reader = Open(fileName, text);
        var header = reader.Header;
        var names = header.ColNames;
        if (header.TryIndexOf("Const", out var constColumn) && header.TryIndexOf("Your Rating", out var yourRating))
        {
            return (ImdbFormat, ReadImdb(fileName, reader, constColumn, yourRating));
        }

        if (header.TryIndexOf("Name", out var nameColumn) && header.TryIndexOf("Year", out var yearColumn) && header.TryIndexOf("Date", out var dateColumn))
        {
            return (LetterboxdFormat, ReadLetterboxd(fileName, reader, nameColumn, yearColumn, dateColumn));
        }

        var found = string.Join(",", names.Take(8));
        throw new ImportRejectedException("Import.Rejected.UnknownHeader", [fileName, found.Length > 120 ? found[..120] + "…" : found]);
    }

    private static SepReader Open(string fileName, TextReader text)
    {
        try
        {
            return Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = true }).From(text);
        }
        catch (Exception ex) when (ex is InvalidDataException or ArgumentException or IOException)
        {
            throw new ImportRejectedException("Import.Rejected.NotCsv", [fileName, ex.Message]);
        }
    }

    private static List<ImportRow> ReadLetterboxd(string fileName, SepReader reader, int name, int year, int date)
    {
        var list = ListOf(fileName);
        var rating = reader.Header.TryIndexOf("Rating", out var r) ? r : -1;
        var watchedDate = reader.Header.TryIndexOf("Watched Date", out var w) ? w : -1;
        if (list is null)
        {
            // A lone CSV with another name: a Rating column says ratings, otherwise it is a list of watched films.
            list = rating >= 0 ? ImportList.Ratings : ImportList.Watched;
        }

        var rows = new List<ImportRow>();
        ForEachRow(fileName, reader, row =>
        {
            var day = watchedDate >= 0 ? Date(Cell(row, watchedDate)) ?? Date(Cell(row, date)) : Date(Cell(row, date));
            double? stars = rating >= 0 && double.TryParse(Cell(row, rating), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : null;
            rows.Add(new ImportRow(fileName, row.RowIndex + 1, list.Value, null, Cell(row, name), Year(Cell(row, year)), stars, day));
            if (list == ImportList.Watched && stars is not null)
            {
                // diary.csv carries a rating next to the watch: take both.
                rows.Add(new ImportRow(fileName, row.RowIndex + 1, ImportList.Ratings, null, Cell(row, name), Year(Cell(row, year)), stars, day));
            }
        });

        return rows;
    }

    private static List<ImportRow> ReadImdb(string fileName, SepReader reader, int constColumn, int yourRating)
    {
        var title = reader.Header.TryIndexOf("Title", out var t) ? t : -1;
        var year = reader.Header.TryIndexOf("Year", out var y) ? y : -1;
        var dateRated = reader.Header.TryIndexOf("Date Rated", out var d) ? d : -1;
        var rows = new List<ImportRow>();
        ForEachRow(fileName, reader, row =>
        {
            // IMDb's 1–10 scale maps onto half-stars one to one: 7/10 is 3½★.
            double? stars = int.TryParse(Cell(row, yourRating), NumberStyles.Integer, CultureInfo.InvariantCulture, out var ten) ? ten / 2.0 : null;
            rows.Add(new ImportRow(fileName, row.RowIndex + 1, ImportList.Ratings, Cell(row, constColumn), Cell(row, title),
                Year(Cell(row, year)), stars, Date(Cell(row, dateRated))));
        });

        return rows;
    }

    /// <summary>Calls <paramref name="read"/> for each data row (a ref struct, so no iterator), turning CSV errors into a refusal.</summary>
    private static void ForEachRow(string fileName, SepReader reader, Action<SepReader.Row> read)
    {
        var count = 0;
        try
        {
            foreach (var row in reader)
            {
                if (++count > ImportLimits.MaxRows)
                {
                    throw new ImportRejectedException("Import.Rejected.TooManyRows", [fileName, ImportLimits.MaxRows]);
                }

                read(row);
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or ArgumentException)
        {
            throw new ImportRejectedException("Import.Rejected.BadCsvRow", [fileName, count + 1, ex.Message]);
        }
    }

    private static ImportList? ListOf(string fileName)
    {
        var path = fileName.Replace('\\', '/').ToLowerInvariant();
        var name = Path.GetFileName(path);
        return name switch
        {
            "ratings.csv" => ImportList.Ratings,
            "watched.csv" or "diary.csv" => ImportList.Watched,
            "watchlist.csv" => ImportList.Watchlist,
            "films.csv" when path.EndsWith("likes/films.csv", StringComparison.Ordinal) => ImportList.Likes,
            _ when name.Contains("watchlist", StringComparison.Ordinal) => ImportList.Watchlist,
            _ when name.Contains("like", StringComparison.Ordinal) => ImportList.Likes,
            _ when name.Contains("rating", StringComparison.Ordinal) => ImportList.Ratings,
            _ => null,
        };
    }

    private static string? Cell(SepReader.Row row, int column) =>
        column >= 0 && column < row.ColCount && row[column].Span.Trim() is { Length: > 0 } value ? value.ToString() : null;

    private static int? Year(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) && year is > 1800 and < 2200 ? year : null;

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy/MM/dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
