using MovieRecommender.Analytics;

namespace MovieRecommender.Web.Analytics;

/// <summary>
/// This server's event counts since it started, for the admin page's live panel: accepted per type, dropped, and
/// waiting in the queue. Fed next to the <c>movierec.events.*</c> metrics (accepted by <see cref="EventChannel"/>, dropped
/// by <see cref="Observability.AppMetrics.EventsDropped"/> for every reason), so the two agree.
/// </summary>
public sealed class EventTotals
{
    private long _impressions;
    private long _clicks;
    private long _served;
    private long _searches;
    private long _dropped;

    public void Accepted(AnalyticsEventKind kind)
    {
        switch (kind)
        {
            case AnalyticsEventKind.Impression:
                Interlocked.Increment(ref _impressions);
                break;
            case AnalyticsEventKind.Click:
                Interlocked.Increment(ref _clicks);
                break;
            case AnalyticsEventKind.Served:
                Interlocked.Increment(ref _served);
                break;
            default:
                Interlocked.Increment(ref _searches);
                break;
        }
    }

    public void Dropped(int count) => Interlocked.Add(ref _dropped, count);

    public LiveEventCounts Snapshot(int queued) => new(
        Interlocked.Read(ref _impressions), Interlocked.Read(ref _clicks), Interlocked.Read(ref _served),
        Interlocked.Read(ref _searches), Interlocked.Read(ref _dropped), queued);
}
