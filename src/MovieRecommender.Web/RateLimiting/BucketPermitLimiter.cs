using System.Diagnostics;
using System.Globalization;
using System.Threading.RateLimiting;

namespace MovieRecommender.Web.RateLimiting;

/// <summary>
/// What the rate-limiting middleware sees for one (bucket, cost) pair: each acquire takes the request's cost from the
/// shared bucket. The middleware caches these per key and disposes them once idle; the bucket itself lives in
/// <see cref="RateLimitBuckets"/> (this replica) or in Redis (<see cref="SharedRateLimitCounter"/>, all replicas),
/// so requests of different cost still share one client's permits.
/// </summary>
/// <remarks>
/// The middleware first tries the synchronous acquire and only awaits the asynchronous one when that is refused. With
/// Redis available the synchronous path therefore declines at once (<see cref="PendingLease"/>) and the asynchronous
/// path asks Redis; when Redis cannot answer, both count in process, so a Redis outage means per-replica limits, never
/// an error.
/// </remarks>
public sealed class BucketPermitLimiter(RateLimitBuckets buckets, SharedRateLimitCounter shared, RequestPartitionKey key) : RateLimiter
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

        return shared.IsAvailable ? new PendingLease() : AcquireInProcess(permitCount);
    }

    // Buckets never queue: a refused request is answered 429 at once rather than held open.
    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastUsed, Stopwatch.GetTimestamp());
        if (permitCount == 0 || !shared.IsAvailable)
        {
            return AttemptAcquireCore(permitCount);
        }

        var taken = await shared.TryTakeAsync(key.Bucket, PermitsFor(permitCount)).ConfigureAwait(false);
        return taken switch
        {
            true => new SharedLease(),
            false => Rejection(),
            null => AcquireInProcess(permitCount),
        };
    }

    private RateLimitLease AcquireInProcess(int permitCount)
    {
        var lease = buckets.AttemptAcquire(key.Bucket, PermitsFor(permitCount));
        if (lease.IsAcquired)
        {
            return lease;
        }

        lease.Dispose();
        return Rejection();
    }

    private int PermitsFor(int permitCount) => (int)Math.Min(key.Bucket.Window.PermitLimit, (long)permitCount * key.Permits);

    private RejectedLease Rejection()
    {
        var window = key.Bucket.Window;
        var now = buckets.TimeProvider.GetUtcNow().ToUnixTimeSeconds();
        var retryAfter = TimeSpan.FromSeconds(window.SecondsUntilNextWindow(now));
        var cost = key.Permits == 1 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"; this request counts as {key.Permits}");
        return new RejectedLease(retryAfter, string.Create(CultureInfo.InvariantCulture,
            $"At most {window.PermitLimit} {key.Bucket.Policy} requests per {window.WindowSeconds} s per client{cost}."));
    }
}
