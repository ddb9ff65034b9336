using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Options;
using MovieRecommender.Web.Analytics;

namespace MovieRecommender.Web.Live;

/// <summary>
/// The events one admin client of the live event counts receives: a <c>counts</c> event at once and then every
/// <see cref="LiveSettings.EventCountsIntervalSeconds"/> (this server's totals since it started). Like the model
/// feed, the stream ends after <see cref="LiveSettings.MaxConnectionSeconds"/> or when the app begins to stop, and
/// the browser reconnects (polling the counts meanwhile).
/// </summary>
public sealed class AdminEventCountsFeed(
    EventTotals totals,
    EventChannel queue,
    IOptions<LiveSettings> settings,
    TimeProvider timeProvider,
    IHostApplicationLifetime applicationLifetime)
{
    public const string CountsEvent = "counts";

    public LiveEventCounts Current() => totals.Snapshot(queue.Count);

    public async IAsyncEnumerable<SseItem<string>> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var options = settings.Value;
        var reconnect = TimeSpan.FromMilliseconds(options.ReconnectMilliseconds);
        var interval = TimeSpan.FromSeconds(options.EventCountsIntervalSeconds);
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, applicationLifetime.ApplicationStopping);
        lifetime.CancelAfter(TimeSpan.FromSeconds(options.MaxConnectionSeconds));
        while (!lifetime.IsCancellationRequested)
        {
            yield return new SseItem<string>(JsonSerializer.Serialize(Current(), JsonSerializerOptions.Web), CountsEvent)
            {
                ReconnectionInterval = reconnect,
            };

            try
            {
                await Task.Delay(interval, timeProvider, lifetime.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                yield break;
            }
        }
    }
}
