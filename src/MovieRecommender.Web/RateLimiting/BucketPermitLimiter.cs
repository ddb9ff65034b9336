using System.Diagnostics;
using System.Globalization;
using System.Threading.RateLimiting;

namespace MovieRecommender.Web.RateLimiting;

/// <summary>
/// What the rate-limiting middleware sees for one (bucket, cost) pair: each acquire takes the request's cost from the
/// shared bucket. The middleware caches these per key and disposes them once idle; the bucket itself lives in
/// <see cref="RateLimitBuckets"/>, so requests of different cost still share one client's permits.
/// </summary>
public sealed class BucketPermitLimiter(RateLimitBuckets buckets, RequestPartitionKey key) : RateLimiter
{
    private long _lastUsed = Stopwatch.GetTimestamp();

    public override TimeSpan? IdleDuration => Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        Interlocked.Exchange(ref _lastUsed, Stopwatch.GetTimestamp());
        if (permitCount == 0)
        {
            return buckets.AttemptAcquire(key.Bucket, 0);
        }

        var window = key.Bucket.Window;
        var permits = (int)Math.Min(window.PermitLimit, (long)permitCount * key.Permits);
        var lease = buckets.AttemptAcquire(key.Bucket, permits);
        if (lease.IsAcquired)
        {
            return lease;
        }

        lease.Dispose();
        var now = buckets.TimeProvider.GetUtcNow().ToUnixTimeSeconds();
        var retryAfter = TimeSpan.FromSeconds(window.SecondsUntilNextWindow(now));
        var cost = key.Permits == 1 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"; this request counts as {key.Permits}");
        return new RejectedLease(retryAfter, string.Create(CultureInfo.InvariantCulture,
            $"At most {window.PermitLimit} {key.Bucket.Policy} requests per {window.WindowSeconds} s per client{cost}."));
    }

    // Buckets never queue: a refused request is answered 429 at once rather than held open.
    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));
}
