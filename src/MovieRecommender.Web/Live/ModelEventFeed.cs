using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Options;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Web.Apis.Contracts;
using MovieRecommender.Web.Services;
using MovieRecommender.Web.Settings;

namespace MovieRecommender.Web.Live;

/// <summary>
/// The events one client of /api/v1/model/events receives: a <c>status</c> event at once and after every change of
/// the loading state (same JSON as /api/v1/model/status), a <c>reload</c> event when a new model version replaces the
/// served one, and a <c>ping</c> now and then so proxies and the browser see the connection alive. The stream ends
/// after <see cref="LiveSettings.MaxConnectionSeconds"/>; the browser reconnects, which spreads long-lived
/// connections over the nodes of a scaled-out deployment. It also ends as soon as the app begins to stop, so an open
/// stream never holds a replica's shutdown for its whole grace period and the browser reconnects to another node.
/// </summary>
public sealed class ModelEventFeed(
    ModelLoadState loadState,
    IRecommenderService recommender,
    IOptions<LiveSettings> settings,
    TimeProvider timeProvider,
    IHostApplicationLifetime applicationLifetime)
{
    public const string StatusEvent = "status";
    public const string ReloadEvent = "reload";
    public const string PingEvent = "ping";

    public async IAsyncEnumerable<SseItem<string>> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var options = settings.Value;
        var reconnect = TimeSpan.FromMilliseconds(options.ReconnectMilliseconds);
        var heartbeat = TimeSpan.FromSeconds(options.HeartbeatSeconds);
        var minimumGap = TimeSpan.FromMilliseconds(options.MinimumEventGapMilliseconds);
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, applicationLifetime.ApplicationStopping);
        lifetime.CancelAfter(TimeSpan.FromSeconds(options.MaxConnectionSeconds));

        ModelLoadSnapshot? previous = null;
        while (!lifetime.IsCancellationRequested)
        {
            var (snapshot, changed) = loadState.Watch();
            if (snapshot != previous)
            {
                if (previous?.ModelVersion is { } oldVersion && snapshot.ModelVersion is { } newVersion && oldVersion != newVersion)
                {
                    yield return new SseItem<string>(Serialize(new ModelReloadedEvent(newVersion, oldVersion, snapshot.Movies, snapshot.LoadedAt)), ReloadEvent);
                }

                yield return new SseItem<string>(Serialize(ApiMapper.Status(snapshot, recommender.IsReady)), StatusEvent)
                {
                    ReconnectionInterval = reconnect,
                };
                previous = snapshot;

                // Progress can change thousands of times a second while a big model loads: send at most one event per gap.
                if (!await DelayAsync(minimumGap, lifetime.Token).ConfigureAwait(false))
                {
                    yield break;
                }

                continue;
            }

            var outcome = await WaitAsync(changed, heartbeat, lifetime.Token).ConfigureAwait(false);
            if (outcome == WaitOutcome.Ended)
            {
                yield break;
            }

            if (outcome == WaitOutcome.Heartbeat)
            {
                yield return new SseItem<string>("{}", PingEvent);
            }
        }
    }

    private enum WaitOutcome
    {
        Changed,
        Heartbeat,
        Ended,
    }

    private async Task<WaitOutcome> WaitAsync(Task changed, TimeSpan heartbeat, CancellationToken cancellationToken)
    {
        try
        {
            await changed.WaitAsync(heartbeat, timeProvider, cancellationToken).ConfigureAwait(false);
            return WaitOutcome.Changed;
        }
        catch (TimeoutException)
        {
            return WaitOutcome.Heartbeat;
        }
        catch (OperationCanceledException)
        {
            return WaitOutcome.Ended;
        }
    }

    private async Task<bool> DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, JsonSerializerOptions.Web);
}
