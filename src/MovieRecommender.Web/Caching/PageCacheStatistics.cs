using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Web.Caching;

/// <summary>
/// This replica's page-cache counters: lookups, pages computed here (misses) and pages found in the shared L2
/// (Redis). L1 hits are the rest. Concurrent lookups of one key share one computation, so a hit may be counted
/// for a request that waited on another's miss.
/// </summary>
public sealed class PageCacheStatistics
{
    private long _lookups;
    private long _computed;
    private long _l2Hits;

    public long Lookups => Interlocked.Read(ref _lookups);

    public long Computed => Interlocked.Read(ref _computed);

    public long L2Hits => Interlocked.Read(ref _l2Hits);

    public long L1Hits => Math.Max(0, Lookups - Computed - L2Hits);

    public void RecordLookup() => Interlocked.Increment(ref _lookups);

    public void RecordComputed() => Interlocked.Increment(ref _computed);

    public void RecordL2Hit() => Interlocked.Increment(ref _l2Hits);

    /// <summary>In the engine's shape: hits (L1 and L2), misses, entries.</summary>
    public CacheStatistics Snapshot(long entries) => new(L1Hits + L2Hits, Computed, entries);
}
