namespace MovieRecommender.Web.Personal.Import;

/// <summary>Bounds of one import, so a hostile file costs bounded memory and time.</summary>
public static class ImportLimits
{
    /// <summary>Largest upload accepted (the file as sent; larger gets 413).</summary>
    public const long MaxUploadBytes = 20L * 1024 * 1024;

    /// <summary>
    /// The request body the server reads at all: above the upload limit, so a file of 21 MB reaches the action and
    /// gets a clear 413 naming the 20 MB limit; past this, the server itself answers 413.
    /// </summary>
    public const long MaxRequestBytes = 3 * MaxUploadBytes;

    /// <summary>Most bytes a zip may expand to, in total (a zip bomb stops here).</summary>
    public const long MaxUnzippedBytes = 64L * 1024 * 1024;

    public const int MaxZipEntries = 1_000;
    public const int MaxRows = 200_000;

    /// <summary>Unmatched rows returned in full; past this many only the count grows.</summary>
    public const int MaxUnmatchedReported = 1_000;

    /// <summary>Bytes looked at to tell text from binary.</summary>
    public const int SniffBytes = 8_192;
}
