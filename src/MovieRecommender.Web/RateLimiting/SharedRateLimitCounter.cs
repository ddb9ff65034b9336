using System.Globalization;
using MovieRecommender.Web.ScaleOut;
using StackExchange.Redis;

namespace MovieRecommender.Web.RateLimiting;

/// <summary>
/// Fixed-window buckets shared by every replica, counted in Redis. One Lua script per request checks and takes the
/// permits atomically (no read-modify-write race between replicas), and, like the in-process limiter, a refused
/// request takes nothing. The key carries the policy, window length, window index and client, so a new window is
/// a new key; its expiry only collects old windows.
/// </summary>
public sealed class SharedRateLimitCounter(RedisConnection redis, ScaleOutMetrics metrics)
{
    private const int ExpiryMarginSeconds = 5;

    // KEYS[1] bucket; ARGV[1] permits wanted, ARGV[2] limit, ARGV[3] expiry seconds. Returns {taken 0|1, used}.
    private static readonly LuaScript TakeScript = LuaScript.Prepare("""
        local used = tonumber(redis.call('GET', @bucket) or '0')
        local wanted = tonumber(@permits)
        if used + wanted > tonumber(@limit) then
          return { 0, used }
        end
        used = redis.call('INCRBY', @bucket, wanted)
        if used == wanted then
          redis.call('EXPIRE', @bucket, @expiry)
        end
        return { 1, used }
        """);

    /// <summary>True when requests should be counted in Redis now; false means per-replica counting.</summary>
    public bool IsAvailable => redis.IsConfigured && redis.IsAvailable;

    /// <summary>
    /// Takes <paramref name="permits"/> from the shared bucket: true when taken, false when the window is used up,
    /// null when Redis could not answer (the caller then counts in process).
    /// </summary>
    public async ValueTask<bool?> TryTakeAsync(RateLimitBucketKey bucket, int permits)
    {
        if (!IsAvailable)
        {
            metrics.RateLimitFallback(bucket.Policy);
            return null;
        }

        try
        {
            var result = await redis.Database.ScriptEvaluateAsync(TakeScript, new
            {
                bucket = redis.Key(KeyOf(bucket)),
                permits,
                limit = bucket.Window.PermitLimit,
                expiry = bucket.Window.WindowSeconds + ExpiryMarginSeconds,
            }).ConfigureAwait(false);
            var values = (RedisResult[])result!;
            return (long)values[0] == 1;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            redis.ReportFailure(ex);
            metrics.RateLimitFallback(bucket.Policy);
            return null;
        }
    }

    internal static string KeyOf(RateLimitBucketKey bucket) => string.Create(CultureInfo.InvariantCulture,
        $"rl:{bucket.Policy}:{bucket.Window.WindowSeconds}:{bucket.WindowIndex}:{bucket.Client}");
}
