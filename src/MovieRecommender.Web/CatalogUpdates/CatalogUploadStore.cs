namespace MovieRecommender.Web.CatalogUpdates;

/// <summary>
/// Checks an uploaded catalog file (present, not empty, a .csv or .csv.gz within the size limit, gzip where it says
/// so) and saves it to a private temporary file for the background update. The content itself is validated by the
/// catalog reader when the update runs, which names the file's bad rows.
/// </summary>
public sealed class CatalogUploadStore
{
    /// <summary>Largest accepted file: the admin upload is for small additions; whole catalogs go through the trainer.</summary>
    public const long MaxFileBytes = 16L * 1024 * 1024;

    /// <summary>Room for the multipart envelope and the antiforgery field around the file.</summary>
    public const long MaxRequestBytes = MaxFileBytes + (64 * 1024);

    private const string CsvExtension = ".csv";
    private const string GzipCsvExtension = ".csv.gz";
    private static readonly byte[] GzipMagic = [0x1f, 0x8b];

    /// <summary>Why the file cannot be used, in words for the operator, or null when it can.</summary>
    public static string? Problem(IFormFile? file)
    {
        if (file is null || string.IsNullOrWhiteSpace(file.FileName))
        {
            return "Choose a catalog file (.csv or .csv.gz) to upload.";
        }

        if (file.Length == 0)
        {
            return $"'{file.FileName}' is empty.";
        }

        if (file.Length > MaxFileBytes)
        {
            return $"'{file.FileName}' is {file.Length / 1024.0 / 1024.0:0.0} MB; the limit is {MaxFileBytes / 1024 / 1024} MB. Use the trainer's update command for larger files.";
        }

        return ExtensionOf(file.FileName) is null
            ? $"'{file.FileName}' is not a .csv or .csv.gz file."
            : null;
    }

    /// <summary>Saves <paramref name="file"/> (already checked by <see cref="Problem"/>); returns the saved path, or null when a .gz is not gzip.</summary>
    public static async Task<string?> SaveAsync(IFormFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var extension = ExtensionOf(file.FileName) ?? throw new ArgumentException("Check the file with Problem first.", nameof(file));
        var path = Path.Combine(Path.GetTempPath(), $"movierec-catalog-upload-{Guid.NewGuid():N}{extension}");
        await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            await file.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
        }

        if (extension == GzipCsvExtension && !await StartsWithGzipMagicAsync(path, cancellationToken).ConfigureAwait(false))
        {
            File.Delete(path);
            return null;
        }

        return path;
    }

    private static string? ExtensionOf(string fileName) =>
        fileName.EndsWith(GzipCsvExtension, StringComparison.OrdinalIgnoreCase) ? GzipCsvExtension
        : fileName.EndsWith(CsvExtension, StringComparison.OrdinalIgnoreCase) ? CsvExtension
        : null;

    private static async Task<bool> StartsWithGzipMagicAsync(string path, CancellationToken cancellationToken)
    {
        var head = new byte[GzipMagic.Length];
        await using var stream = File.OpenRead(path);
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        return read == head.Length && head.AsSpan().SequenceEqual(GzipMagic);
    }
}
