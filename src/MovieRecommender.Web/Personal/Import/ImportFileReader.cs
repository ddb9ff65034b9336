using System.IO.Compression;
using System.Text;

namespace MovieRecommender.Web.Personal.Import;

/// <summary>
/// Opens an upload: a zip (Letterboxd's export; only its ratings/watched/watchlist/likes CSVs are read, each
/// expansion counted so a zip bomb stops at <see cref="ImportLimits.MaxUnzippedBytes"/>) or a single CSV.
/// Binary data that is not a zip is refused.
/// </summary>
public static class ImportFileReader
{
    private static readonly string[] LetterboxdFiles = ["ratings.csv", "watched.csv", "watchlist.csv", "likes/films.csv"];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    public static (string Format, List<ImportRow> Rows) Read(string fileName, Stream content)
    {
        var buffer = new MemoryStream();
        content.CopyTo(buffer);
        if (buffer.Length > ImportLimits.MaxUploadBytes)
        {
            throw new ImportRejectedException("Import.Rejected.TooLarge", [ImportLimits.MaxUploadBytes / (1024 * 1024)], StatusCodes.Status413PayloadTooLarge);
        }

        buffer.Position = 0;
        var head = buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, ImportLimits.SniffBytes));
        if (head.Length == 0)
        {
            throw new ImportRejectedException("Import.Rejected.Empty", [fileName]);
        }

        if (head.StartsWith(ZipMagic))
        {
            return ReadZip(fileName, buffer);
        }

        if (head.Contains((byte)0))
        {
            throw new ImportRejectedException("Import.Rejected.Binary", [fileName]);
        }

        using var text = new StreamReader(buffer, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return ImportCsvParser.Parse(fileName, text);
    }

    private static (string Format, List<ImportRow> Rows) ReadZip(string fileName, Stream buffer)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(buffer, ZipArchiveMode.Read);
        }
        catch (InvalidDataException ex)
        {
            throw new ImportRejectedException("Import.Rejected.BadZip", [fileName, ex.Message]);
        }

        using (zip)
        {
            if (zip.Entries.Count > ImportLimits.MaxZipEntries)
            {
                throw new ImportRejectedException("Import.Rejected.TooManyEntries", [fileName, ImportLimits.MaxZipEntries]);
            }

            var wanted = zip.Entries.Where(e => LetterboxdFiles.Any(name => EntryPath(e).EndsWith(name, StringComparison.OrdinalIgnoreCase))
                                                && !EntryPath(e).Contains("deleted/", StringComparison.OrdinalIgnoreCase)
                                                && !EntryPath(e).Contains("orphaned/", StringComparison.OrdinalIgnoreCase)).ToList();
            if (wanted.Count == 0)
            {
                throw new ImportRejectedException("Import.Rejected.NotLetterboxd", [fileName, string.Join(", ", LetterboxdFiles)]);
            }

            var rows = new List<ImportRow>();
            var budget = new ExpansionBudget(ImportLimits.MaxUnzippedBytes, fileName);
            foreach (var entry in wanted)
            {
                try
                {
                    using var stream = new BoundedReadStream(entry.Open(), budget);
                    using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                    var (_, entryRows) = ImportCsvParser.Parse(EntryPath(entry), text);
                    rows.AddRange(entryRows);
                }
                catch (InvalidDataException ex)
                {
                    throw new ImportRejectedException("Import.Rejected.DamagedEntry", [EntryPath(entry), fileName, ex.Message]);
                }
            }

            return (ImportCsvParser.LetterboxdFormat, rows);
        }
    }

    private static string EntryPath(ZipArchiveEntry entry) => entry.FullName.Replace('\\', '/');
}
