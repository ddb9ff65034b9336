using System.Text.Json;
using MovieRecommender.Web.Apis.Contracts;
using MovieRecommender.Web.Services;
using StackExchange.Redis;

namespace MovieRecommender.Web.ScaleOut;

/// <summary>
/// Which replicas are alive and what each serves: every replica writes its entry (model version, state, time) into
/// one Redis hash every <see cref="HeartbeatInterval"/>; an entry older than <see cref="LiveWindow"/> is a replica
/// that stopped. Health lists the live ones, and a model switch waits for them.
/// </summary>
public sealed partial class ReplicaRegistry(
    RedisConnection redis,
    ReplicaIdentity identity,
    ModelLoadState loadState,
    TimeProvider timeProvider,
    ILogger<ReplicaRegistry> logger) : BackgroundService
{
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan LiveWindow = TimeSpan.FromSeconds(8);

    // Entries this old are removed by whichever replica notices, so the hash does not grow with every restart.
    private static readonly TimeSpan ForgetAfter = TimeSpan.FromMinutes(10);
    private const string HashName = "replicas";

    /// <summary>Live replicas (this one included), by name; empty when Redis is not configured or not reachable.</summary>
    public async Task<IReadOnlyList<ReplicaStatus>> LiveReplicasAsync()
    {
        if (!redis.IsAvailable)
        {
            return [];
        }

        try
        {
            var entries = await redis.Database.HashGetAllAsync(redis.Key(HashName)).ConfigureAwait(false);
            var now = timeProvider.GetUtcNow();
            return [.. entries.Select(e => Parse(e.Value))
                .OfType<ReplicaStatus>()
                .Where(r => now - r.LastSeen <= LiveWindow)
                .OrderBy(r => r.Name, StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            redis.ReportFailure(ex);
            return [];
        }
    }

    /// <summary>Writes this replica's entry now (also called right after a model switch so peers see it at once).</summary>
    public async Task PublishAsync()
    {
        if (!redis.IsAvailable)
        {
            return;
        }

        var snapshot = loadState.Current;
        var status = new ReplicaStatus(identity.Name, snapshot.ModelVersion, ApiMapper.StateName(snapshot.Status), timeProvider.GetUtcNow());
        try
        {
            await redis.Database.HashSetAsync(redis.Key(HashName), identity.Name, JsonSerializer.Serialize(status)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            redis.ReportFailure(ex);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!redis.IsConfigured)
        {
            return;
        }

        using var timer = new PeriodicTimer(HeartbeatInterval, timeProvider);
        do
        {
            await PublishAsync().ConfigureAwait(false);
            await ForgetStoppedReplicasAsync().ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    /// <summary>Removes this replica's entry on a clean stop, so peers stop waiting for it at once.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        if (!redis.IsAvailable)
        {
            return;
        }

        try
        {
            await redis.Database.HashDeleteAsync(redis.Key(HashName), identity.Name).ConfigureAwait(false);
            LogLeft(identity.Name);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            redis.ReportFailure(ex);
        }
    }

    private async Task ForgetStoppedReplicasAsync()
    {
        if (!redis.IsAvailable)
        {
            return;
        }

        try
        {
            var now = timeProvider.GetUtcNow();
            var entries = await redis.Database.HashGetAllAsync(redis.Key(HashName)).ConfigureAwait(false);
            var stale = entries.Where(e => Parse(e.Value) is not { } r || now - r.LastSeen > ForgetAfter).Select(e => e.Name).ToArray();
            if (stale.Length > 0)
            {
                await redis.Database.HashDeleteAsync(redis.Key(HashName), stale).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            redis.ReportFailure(ex);
        }
    }

    private static ReplicaStatus? Parse(RedisValue value)
    {
        try
        {
            return value.HasValue ? JsonSerializer.Deserialize<ReplicaStatus>(value.ToString()) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Replica {Replica} left the registry")]
    private partial void LogLeft(string replica);
}
