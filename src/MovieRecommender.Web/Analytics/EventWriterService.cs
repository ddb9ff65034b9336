using Microsoft.Extensions.Options;
using MovieRecommender.Analytics;
using MovieRecommender.Web.Observability;
using MovieRecommender.Web.Settings;

namespace MovieRecommender.Web.Analytics;

/// <summary>
/// Drains <see cref="EventChannel"/> into the database in batches: one round trip (one transaction) for up to
/// <c>Analytics:BatchSize</c> events, so throughput grows with load instead of paying a commit per event. A failed
/// batch is logged and counted as dropped; the writer carries on. On shutdown it writes what is already queued.
/// </summary>
public sealed partial class EventWriterService(
    EventChannel queue,
    AnalyticsDbContextFactory databases,
    IOptions<AnalyticsSettings> settings,
    AppMetrics metrics,
    ILogger<EventWriterService> logger) : BackgroundService
{
    public const string WriteFailedReason = "write_failed";

    private readonly List<AnalyticsEvent> _batch = new(settings.Value.BatchSize);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                await WriteAvailableAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: keep what was queued before the host stops.
            await WriteAvailableAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>Writes everything queued right now, batch by batch.</summary>
    internal async Task WriteAvailableAsync(CancellationToken cancellationToken)
    {
        while (queue.Reader.TryPeek(out _))
        {
            _batch.Clear();
            while (_batch.Count < settings.Value.BatchSize && queue.Reader.TryRead(out var item))
            {
                _batch.Add(item);
            }

            await WriteBatchAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WriteBatchAsync(CancellationToken cancellationToken)
    {
        try
        {
            await databases.EnsureMigratedAsync().ConfigureAwait(false);
            var context = databases.CreateDbContext();
            await using (context.ConfigureAwait(false))
            {
                context.ChangeTracker.AutoDetectChangesEnabled = false;
                context.Events.AddRange(_batch);
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // A database outage must cost events, never the writer (or the app).
        catch (Exception ex)
#pragma warning restore CA1031
        {
            metrics.EventsDropped(_batch.Count, WriteFailedReason);
            LogWriteFailed(ex, _batch.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not store {Count} analytics events; they are dropped")]
    private partial void LogWriteFailed(Exception exception, int count);
}
