using System.Threading.RateLimiting;

namespace MovieRecommender.Web.RateLimiting;

/// <summary>
/// Every client's fixed-window buckets, shared by all requests of a policy whatever they cost. The library's
/// partitioned limiter drops a bucket once its window has passed and it has been idle for a while.
/// </summary>
public sealed class RateLimitBuckets : IDisposable
{
    private readonly PartitionedRateLimiter<RateLimitBucketKey> _limiter =
        PartitionedRateLimiter.Create<RateLimitBucketKey, RateLimitBucketKey>(key =>
            RateLimitPartition.GetFixedWindowLimiter(key, k => new FixedWindowRateLimiterOptions
            {
                PermitLimit = k.Window.PermitLimit,
                Window = TimeSpan.FromSeconds(k.Window.WindowSeconds),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));

    public RateLimitBuckets(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        TimeProvider = timeProvider;
    }

    /// <summary>The clock windows are aligned to.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>Takes <paramref name="permits"/> from the bucket now, or fails without waiting.</summary>
    public RateLimitLease AttemptAcquire(RateLimitBucketKey key, int permits) => _limiter.AttemptAcquire(key, permits);

    public void Dispose() => _limiter.Dispose();
}
