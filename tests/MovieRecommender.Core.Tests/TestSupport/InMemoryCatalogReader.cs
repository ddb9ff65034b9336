using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Ingest;

namespace MovieRecommender.Core.Tests.TestSupport;

/// <summary>A catalog reader that returns films already in memory, whatever path it is given (to train or update on a chosen subset).</summary>
public sealed class InMemoryCatalogReader(IReadOnlyList<Movie> movies) : ICatalogReader
{
    public Task<CatalogReadResult> ReadAsync(
        string moviesPath, string? creditsPath, CatalogFilter filter, IProgress<double>? progress = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(new CatalogReadResult
        {
            Format = CatalogFormat.Tmdb5000,
            Movies = movies,
            RowsRead = movies.Count,
            RowsSkipped = 0,
            RowsFilteredOut = 0,
            DatasetSha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
                System.Text.Encoding.UTF8.GetBytes(string.Join(',', movies.Select(m => m.Id))))),
        });
}
