using System.Text.Json;
using Microsoft.Extensions.Options;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Web.Services;
using MovieRecommender.Web.Settings;
using StackExchange.Redis;

namespace MovieRecommender.Web.ScaleOut;

/// <summary>
/// Model reload broadcast over Redis pub/sub. A replica that has loaded and verified a new model adds itself to the
/// model's "ready" set and publishes <see cref="ModelReadyMessage"/>; a replica that hears of a version it does not
/// serve reloads its model folder (where the trainer published it). Each replica then waits until every live
/// replica is in the ready set (or <c>Replica:SwitchTimeoutSeconds</c> has passed) and switches, so they all
/// switch within a poll interval of each other. Without Redis a switch never waits.
/// </summary>
public sealed partial class ModelSwitchCoordinator(
    RedisConnection redis,
    ReplicaIdentity identity,
    ReplicaRegistry registry,
    ModelReloadTrigger reloadTrigger,
    IRecommenderService recommender,
    IOptions<ReplicaSettings> settings,
    TimeProvider timeProvider,
    ILogger<ModelSwitchCoordinator> logger) : BackgroundService, IModelSwitchBarrier
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan SubscribeRetry = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan ReadySetLifetime = TimeSpan.FromHours(1);
    private const string ChannelName = "model-ready";
    private const string ReadySetPrefix = "model-ready:";
    private const int MaxMessageLength = 1_024;

    public async Task WaitForPeersAsync(string modelVersion, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelVersion);
        if (!redis.IsAvailable)
        {
            return;
        }

        var readySet = redis.Key(ReadySetPrefix + modelVersion);
        try
        {
            await redis.Database.SetAddAsync(readySet, identity.Name).ConfigureAwait(false);
            await redis.Database.KeyExpireAsync(readySet, ReadySetLifetime).ConfigureAwait(false);
            var message = JsonSerializer.Serialize(new ModelReadyMessage(identity.Name, modelVersion));
            await redis.Multiplexer.GetSubscriber().PublishAsync(redis.Channel(ChannelName), message).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            redis.ReportFailure(ex);
            return;
        }

        var started = timeProvider.GetUtcNow();
        var deadline = started + TimeSpan.FromSeconds(settings.Value.SwitchTimeoutSeconds);
        while (true)
        {
            var waitingFor = await NotReadyAsync(readySet).ConfigureAwait(false);
            if (waitingFor is null || waitingFor.Count == 0)
            {
                var waited = timeProvider.GetUtcNow() - started;
                LogPeersReady(modelVersion, waited.TotalMilliseconds);
                return;
            }

            if (timeProvider.GetUtcNow() >= deadline)
            {
                var missing = string.Join(", ", waitingFor);
                LogSwitchTimeout(modelVersion, settings.Value.SwitchTimeoutSeconds, missing);
                return;
            }

            await Task.Delay(PollInterval, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task AnnounceServedAsync(CancellationToken cancellationToken) => registry.PublishAsync();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!redis.IsConfigured)
        {
            return;
        }

        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // The multiplexer re-subscribes by itself after a reconnect; this only has to succeed once.
                await redis.Multiplexer.GetSubscriber().SubscribeAsync(redis.Channel(ChannelName), (_, value) => OnModelReady(value)).ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                LogSubscribeFailed(ex.Message);
                await Task.Delay(SubscribeRetry, timeProvider, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Live replicas not yet in the ready set; null when Redis stopped answering (switch without waiting).</summary>
    private async Task<IReadOnlyList<string>?> NotReadyAsync(RedisKey readySet)
    {
        if (!redis.IsAvailable)
        {
            return null;
        }

        try
        {
            var ready = (await redis.Database.SetMembersAsync(readySet).ConfigureAwait(false)).Select(v => v.ToString()).ToHashSet(StringComparer.Ordinal);
            var live = await registry.LiveReplicasAsync().ConfigureAwait(false);
            return [.. live.Select(r => r.Name).Where(name => name != identity.Name && !ready.Contains(name))];
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            redis.ReportFailure(ex);
            return null;
        }
    }

    private void OnModelReady(RedisValue value)
    {
        var text = value.ToString();
        ModelReadyMessage? message;
        try
        {
            message = text.Length <= MaxMessageLength ? JsonSerializer.Deserialize<ModelReadyMessage>(text) : null;
        }
        catch (JsonException)
        {
            message = null;
        }

        if (message is null || string.IsNullOrWhiteSpace(message.ModelVersion) || string.IsNullOrWhiteSpace(message.Replica))
        {
            LogIgnoredMessage(text.Length);
            return;
        }

        if (message.Replica == identity.Name || recommender.CurrentModel?.ModelVersion == message.ModelVersion)
        {
            return;
        }

        reloadTrigger.RequestReload($"replica {message.Replica} has model {message.ModelVersion} ready");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Every live replica has model {ModelVersion} ready after {WaitedMs} ms; switching")]
    private partial void LogPeersReady(string modelVersion, double waitedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Switching to model {ModelVersion} after {TimeoutSeconds} s without {Replicas} (Replica:SwitchTimeoutSeconds)")]
    private partial void LogSwitchTimeout(string modelVersion, int timeoutSeconds, string replicas);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot subscribe to model broadcasts yet: {Reason}; retrying")]
    private partial void LogSubscribeFailed(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored a malformed model broadcast ({Length} characters)")]
    private partial void LogIgnoredMessage(int length);
}
