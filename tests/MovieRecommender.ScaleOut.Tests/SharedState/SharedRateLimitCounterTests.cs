using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MovieRecommender.ScaleOut.Tests.Infrastructure;
using MovieRecommender.Web.RateLimiting;
using MovieRecommender.Web.ScaleOut;
using MovieRecommender.Web.Settings;

namespace MovieRecommender.ScaleOut.Tests.SharedState;

/// <summary>The Redis bucket itself, against a real redis-server, seen from two "replicas" (two connections).</summary>
public sealed class SharedRateLimitCounterTests(RedisFixture redis) : IClassFixture<RedisFixture>, IDisposable
{
    private readonly List<IDisposable> _owned = [];

    // One deployment per test: both "replicas" of a test share it, other tests never see its keys.
    private readonly string _keyPrefix = "test-" + Guid.NewGuid().ToString("N")[..8] + ":";

    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }
    }

    [Fact]
    public async Task TryTake_ConcurrentRequestsFromTwoReplicas_TakeExactlyTheLimit()
    {
        var replicaA = Counter("a");
        var replicaB = Counter("b");
        var bucket = Bucket("203.0.113.7", limit: 60);

        var attempts = Enumerable.Range(0, 150).Select(i => (i % 2 == 0 ? replicaA : replicaB).TryTakeAsync(bucket, 1).AsTask());
        var results = await Task.WhenAll(attempts);

        Assert.Equal(60, results.Count(r => r == true));
        Assert.Equal(90, results.Count(r => r == false));
    }

    [Fact]
    public async Task TryTake_RefusedRequest_TakesNothing()
    {
        var counter = Counter("a");
        var bucket = Bucket("203.0.113.8", limit: 10);

        Assert.True(await counter.TryTakeAsync(bucket, 8));
        Assert.False(await counter.TryTakeAsync(bucket, 5));
        Assert.True(await counter.TryTakeAsync(bucket, 2));
        Assert.False(await counter.TryTakeAsync(bucket, 1));
    }

    [Fact]
    public async Task TryTake_OtherClientOrWindow_HasItsOwnBucket()
    {
        var counter = Counter("a");
        var full = Bucket("203.0.113.9", limit: 1);
        Assert.True(await counter.TryTakeAsync(full, 1));

        Assert.False(await counter.TryTakeAsync(full, 1));
        Assert.True(await counter.TryTakeAsync(full with { Client = "203.0.113.10" }, 1));
        Assert.True(await counter.TryTakeAsync(full with { WindowIndex = full.WindowIndex + 1 }, 1));
    }

    [Fact]
    public async Task TryTake_RedisStopped_AnswersNullSoTheCallerCountsInProcess()
    {
        var counter = Counter("a");
        var bucket = Bucket("203.0.113.11", limit: 5);
        Assert.True(await counter.TryTakeAsync(bucket, 1));

        await redis.Server.StopAsync();
        try
        {
            Assert.Null(await counter.TryTakeAsync(bucket, 1));
            Assert.False(counter.IsAvailable);
        }
        finally
        {
            await redis.Server.StartAgainAsync();
        }
    }

    private SharedRateLimitCounter Counter(string replica)
    {
        var settings = Options.Create(new RedisSettings { ConnectionString = redis.Server.ConnectionString, KeyPrefix = _keyPrefix });
        var identity = new ReplicaIdentity(Options.Create(new ReplicaSettings { Name = replica }));
        var connection = new RedisConnection(settings, identity, TimeProvider.System, NullLogger<RedisConnection>.Instance);
        _owned.Add(connection);
        Assert.True(connection.IsConnected, "the test Redis should be reachable");
        var meters = new TestMeterFactory();
        _owned.Add(meters);
        return new SharedRateLimitCounter(connection, new ScaleOutMetrics(meters, connection));
    }

    private static RateLimitBucketKey Bucket(string client, int limit) =>
        new(RateLimitPolicyNames.Api, client, 1_000, new RateLimitWindow(limit, 60));
}
