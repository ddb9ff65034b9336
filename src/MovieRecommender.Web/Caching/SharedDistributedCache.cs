using System.Buffers;
using Microsoft.Extensions.Caching.Distributed;
using MovieRecommender.Web.ScaleOut;
using StackExchange.Redis;

namespace MovieRecommender.Web.Caching;

/// <summary>
/// The HybridCache's L2: Redis's distributed cache, guarded and counted. While Redis is unavailable it answers
/// "not cached" and drops writes at once instead of waiting for a timeout per request; a failed call backs off
/// (<see cref="RedisConnection.ReportFailure"/>). Every value read from Redis counts as an L2 hit.
/// </summary>
public sealed class SharedDistributedCache(IBufferDistributedCache inner, RedisConnection redis, PageCacheStatistics statistics, ScaleOutMetrics metrics)
    : IBufferDistributedCache
{
    public byte[]? Get(string key) => Guard(() => inner.Get(key), null) is { } value ? Hit(value) : null;

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default) =>
        await GuardAsync(() => inner.GetAsync(key, token), null).ConfigureAwait(false) is { } value ? Hit(value) : null;

    public bool TryGet(string key, IBufferWriter<byte> destination) =>
        Guard(() => inner.TryGet(key, destination), false) && Hit(true);

    public async ValueTask<bool> TryGetAsync(string key, IBufferWriter<byte> destination, CancellationToken token = default) =>
        await GuardAsync(async () => await inner.TryGetAsync(key, destination, token).ConfigureAwait(false), false).ConfigureAwait(false) && Hit(true);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) =>
        Guard(() => { inner.Set(key, value, options); return true; }, false);

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        GuardAsync(async () => { await inner.SetAsync(key, value, options, token).ConfigureAwait(false); return true; }, false);

    public void Set(string key, ReadOnlySequence<byte> value, DistributedCacheEntryOptions options) =>
        Guard(() => { inner.Set(key, value, options); return true; }, false);

    public async ValueTask SetAsync(string key, ReadOnlySequence<byte> value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        await GuardAsync(async () => { await inner.SetAsync(key, value, options, token).ConfigureAwait(false); return true; }, false).ConfigureAwait(false);

    public void Refresh(string key) => Guard(() => { inner.Refresh(key); return true; }, false);

    public Task RefreshAsync(string key, CancellationToken token = default) =>
        GuardAsync(async () => { await inner.RefreshAsync(key, token).ConfigureAwait(false); return true; }, false);

    public void Remove(string key) => Guard(() => { inner.Remove(key); return true; }, false);

    public Task RemoveAsync(string key, CancellationToken token = default) =>
        GuardAsync(async () => { await inner.RemoveAsync(key, token).ConfigureAwait(false); return true; }, false);

    private T Hit<T>(T value)
    {
        statistics.RecordL2Hit();
        metrics.PageCacheL2Hit();
        return value;
    }

    private T Guard<T>(Func<T> call, T unavailable)
    {
        if (!redis.IsAvailable)
        {
            return unavailable;
        }

        try
        {
            return call();
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            redis.ReportFailure(ex);
            return unavailable;
        }
    }

    private async Task<T> GuardAsync<T>(Func<Task<T>> call, T unavailable)
    {
        if (!redis.IsAvailable)
        {
            return unavailable;
        }

        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            redis.ReportFailure(ex);
            return unavailable;
        }
    }
}
