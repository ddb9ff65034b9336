using System.Threading.Channels;
using Microsoft.Extensions.Options;
using MovieRecommender.Analytics;
using MovieRecommender.Web.Observability;
using MovieRecommender.Web.Settings;

namespace MovieRecommender.Web.Analytics;

/// <summary>
/// The bounded hand-off between requests and <see cref="EventWriterService"/>. Enqueueing never waits: when the
/// writer falls behind and the queue is full, the events are dropped and counted, and the request carries on.
/// </summary>
public sealed class EventChannel
{
    public const string QueueFullReason = "queue_full";

    /// <summary>Events offered after shutdown began (the writer is draining and takes no more).</summary>
    public const string StoppedReason = "stopped";

    private readonly Channel<AnalyticsEvent> _channel;
    private readonly AppMetrics _metrics;
    private readonly EventTotals _totals;
    private volatile bool _completed;

    public EventChannel(IOptions<AnalyticsSettings> settings, AppMetrics metrics, EventTotals totals)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _metrics = metrics;
        _totals = totals;
        _channel = Channel.CreateBounded<AnalyticsEvent>(new BoundedChannelOptions(settings.Value.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
            SingleWriter = false,
        });
    }

    public ChannelReader<AnalyticsEvent> Reader => _channel.Reader;

    /// <summary>Events waiting to be written.</summary>
    public int Count => _channel.Reader.Count;

    /// <summary>Queues what fits; returns how many were accepted (the rest are counted as dropped).</summary>
    public int Enqueue(IReadOnlyList<AnalyticsEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var accepted = 0;
        foreach (var item in events)
        {
            if (!_channel.Writer.TryWrite(item))
            {
                break;
            }

            accepted++;
            _metrics.EventsAccepted(TypeLabel(item.Kind), item.List);
            _totals.Accepted(item.Kind);
        }

        if (accepted < events.Count)
        {
            _metrics.EventsDropped(events.Count - accepted, _completed ? StoppedReason : QueueFullReason);
        }

        return accepted;
    }

    public bool Enqueue(AnalyticsEvent item) => Enqueue([item]) == 1;

    private static string TypeLabel(AnalyticsEventKind kind) => kind switch
    {
        AnalyticsEventKind.Impression => "impression",
        AnalyticsEventKind.Click => "click",
        AnalyticsEventKind.Served => "served",
        _ => "search",
    };

    /// <summary>No more events (shutdown): lets the writer drain what is queued and stop.</summary>
    public void Complete()
    {
        _completed = true;
        _channel.Writer.TryComplete();
    }

    /// <summary>Empties the queue without storing (the drain ran out of time); returns how many were discarded.</summary>
    public int DiscardRemaining()
    {
        var discarded = 0;
        while (_channel.Reader.TryRead(out _))
        {
            discarded++;
        }

        return discarded;
    }
}
