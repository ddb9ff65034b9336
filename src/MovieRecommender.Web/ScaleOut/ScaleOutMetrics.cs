using System.Diagnostics.Metrics;

namespace MovieRecommender.Web.ScaleOut;

/// <summary>
/// Instruments of the shared (Redis) state, on meter <see cref="MeterName"/>: whether Redis is usable, requests
/// whose rate limit was counted per replica because it was not, and page-cache lookups by where they were answered.
/// </summary>
public sealed class ScaleOutMetrics
{
    public const string MeterName = "MovieRecommender.ScaleOut";

    private readonly Counter<long> _rateLimitFallbacks;
    private readonly Counter<long> _pageCacheLookups;
    private readonly Counter<long> _pageCacheL2Hits;

    public ScaleOutMetrics(IMeterFactory meterFactory, RedisConnection redis)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        ArgumentNullException.ThrowIfNull(redis);
        var meter = meterFactory.Create(MeterName);
        meter.CreateObservableGauge(
            "movierec.redis.available",
            () => redis.IsConfigured ? (redis.IsAvailable ? 1 : 0) : -1,
            description: "1 when Redis is connected and answering, 0 when configured but unavailable (per-replica fallback), -1 when not configured");
        _rateLimitFallbacks = meter.CreateCounter<long>(
            "movierec.ratelimit.fallbacks", unit: "{request}",
            description: "Requests whose rate limit was counted on this replica only because Redis was unavailable");
        _pageCacheLookups = meter.CreateCounter<long>(
            "movierec.page_cache.lookups", unit: "{lookup}",
            description: "Recommendation and top-rated page lookups, by result: cached (L1 or L2) or computed on this replica");
        _pageCacheL2Hits = meter.CreateCounter<long>(
            "movierec.page_cache.l2_hits", unit: "{lookup}",
            description: "Pages found in the shared L2 cache (Redis), typically computed by another replica");
    }

    public void RateLimitFallback(string policy) => _rateLimitFallbacks.Add(1, new KeyValuePair<string, object?>("policy", policy));

    public void PageCacheLookup(bool computed) =>
        _pageCacheLookups.Add(1, new KeyValuePair<string, object?>("result", computed ? "computed" : "cached"));

    public void PageCacheL2Hit() => _pageCacheL2Hits.Add(1);
}
