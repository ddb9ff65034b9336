namespace MovieRecommender.Web.ViewModels;

public sealed record AdminDashboardViewModel
{
    public required string Status { get; init; }
    public required int Progress { get; init; }
    public required string Stage { get; init; }
    public string? LastError { get; init; }
    public string? ModelVersion { get; init; }
    public int Movies { get; init; }
    public string? LoadedAt { get; init; }
    public long CacheHits { get; init; }
    public long CacheMisses { get; init; }
    public long CacheEntries { get; init; }
    public IReadOnlyList<KeyValuePair<string, long>> TopSearches { get; init; } = [];
    public bool ReloadRequested { get; init; }
    public required CatalogUpdateView CatalogUpdate { get; init; }

    public string HitRatioText =>
        CacheHits + CacheMisses == 0
            ? "–"
            : (100.0 * CacheHits / (CacheHits + CacheMisses)).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
