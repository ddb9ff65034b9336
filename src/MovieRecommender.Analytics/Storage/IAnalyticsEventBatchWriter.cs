namespace MovieRecommender.Analytics.Storage;

/// <summary>
/// Stores a batch of events in one round trip, all or none. The bulk path for the event writer: EF Core keeps the
/// schema, migrations and reports, but its change tracking costs far more per row than the insert itself.
/// </summary>
public interface IAnalyticsEventBatchWriter
{
    Task WriteAsync(IReadOnlyList<AnalyticsEvent> events, CancellationToken cancellationToken);
}
