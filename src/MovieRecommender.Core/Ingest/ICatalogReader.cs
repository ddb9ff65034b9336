namespace MovieRecommender.Core.Ingest;

/// <summary>Reads a movie catalog file (and optional credits) into <see cref="Catalog.Movie"/> records.</summary>
public interface ICatalogReader
{
    /// <exception cref="CatalogFormatException">A file is missing, unreadable or in an unknown format.</exception>
    Task<CatalogReadResult> ReadAsync(
        string moviesPath,
        string? creditsPath,
        CatalogFilter filter,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default);
}
