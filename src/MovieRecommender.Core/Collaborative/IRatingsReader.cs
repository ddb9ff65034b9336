namespace MovieRecommender.Core.Collaborative;

/// <summary>Reads a ratings file and its links into ratings of catalog films.</summary>
public interface IRatingsReader
{
    /// <param name="ratingsPath">Ratings file (userId,movieId,rating,timestamp).</param>
    /// <param name="linksPath">Links file (movieId,imdbId,tmdbId) mapping the ratings' film ids to TMDB ids.</param>
    /// <param name="filmIndexByTmdbId">The catalog: TMDB id → catalog index.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="Ingest.CatalogFormatException">A file is missing, unreadable or not in the expected layout.</exception>
    Task<RatingsReadResult> ReadAsync(string ratingsPath, string linksPath, IReadOnlyDictionary<int, int> filmIndexByTmdbId,
        CancellationToken cancellationToken = default);
}
