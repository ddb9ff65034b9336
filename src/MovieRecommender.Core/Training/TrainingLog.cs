using Microsoft.Extensions.Logging;
using MovieRecommender.Core.Ingest;

namespace MovieRecommender.Core.Training;

/// <summary>Source-generated log messages of the training pipeline.</summary>
internal static partial class TrainingLog
{
    [LoggerMessage(Level = LogLevel.Information,
        Message = "Read {Rows} rows from {Input} ({Format}): {Movies} films, {Skipped} skipped, {Filtered} filtered out")]
    public static partial void CatalogRead(ILogger logger, int rows, string input, CatalogFormat format, int movies, int skipped, int filtered);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Read {Records} watch-provider records from {Input}: {Films} films of the catalog, {NotInCatalog} not in it (dropped)")]
    public static partial void ProvidersRead(ILogger logger, int records, string input, int films, int notInCatalog);

    [LoggerMessage(Level = LogLevel.Information, Message = "Published model {Version} to {Directory} ({Bytes} bytes)")]
    public static partial void ModelPublished(ILogger logger, string version, string directory, long bytes);
}
