using Microsoft.Extensions.Options;
using MovieRecommender.Analytics;
using MovieRecommender.Analytics.Storage;
using MovieRecommender.Web.Observability;
using MovieRecommender.Web.Settings;

namespace MovieRecommender.Web.Analytics;

/// <summary>
/// Drains <see cref="EventChannel"/> into the database in batches: whatever is queued, up to
/// <c>Analytics:BatchSize</c> events, goes in one bulk write (one transaction), so batches grow with load and a
/// commit is paid per batch, not per event. A failed batch is logged and counted as dropped; the writer carries on.
/// On a graceful stop it closes the queue and stores everything accepted before returning, within
/// <c>Analytics:ShutdownDrainSeconds</c> and the host's shutdown timeout; what is left then is counted as dropped.
/// </summary>
public sealed partial class EventWriterService(
    EventChannel queue,
    AnalyticsDbContextFactory databases,
    IAnalyticsEventBatchWriter writer,
    AnalyticsErasure erasure,
    IOptions<AnalyticsSettings> settings,
    AppMetrics metrics,
    TimeProvider timeProvider,
    ILogger<EventWriterService> logger) : BackgroundService
{
    public const string WriteFailedReason = "write_failed";
    public const string ShutdownTimeoutReason = "shutdown_timeout";

    private readonly List<AnalyticsEvent> _batch = new(settings.Value.BatchSize);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // Ends when StopAsync completes the queue and the last queued event has been written.
            while (await queue.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                await WriteAvailableAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The drain ran out of time; StopAsync counts what is left.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Requests have finished by now (the server stops before the app's services): close the queue and drain it.
        queue.Complete();
        using var drainLimit = new CancellationTokenSource(TimeSpan.FromSeconds(settings.Value.ShutdownDrainSeconds), timeProvider);
        using var drainDeadline = CancellationTokenSource.CreateLinkedTokenSource(drainLimit.Token, cancellationToken);
        try
        {
            // Not started (a host that failed to start): drain here instead.
            await (ExecuteTask ?? WriteAvailableAsync(drainDeadline.Token)).WaitAsync(drainDeadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (drainDeadline.IsCancellationRequested)
        {
        }

        // Cancels a batch still being written (it is then counted as write_failed).
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        var discarded = queue.DiscardRemaining();
        if (discarded > 0)
        {
            metrics.EventsDropped(discarded, ShutdownTimeoutReason);
            LogDrainTimedOut(discarded);
        }
    }

    /// <summary>Writes everything queued right now, batch by batch.</summary>
    internal async Task WriteAvailableAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested && queue.Reader.TryPeek(out _))
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
            // Events queued by an account that was deleted since must not be stored after its rows were erased.
            _batch.RemoveAll(e => erasure.IsErased(e.Subject));
            await databases.EnsureMigratedAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(_batch, cancellationToken).ConfigureAwait(false);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shutdown: {Count} queued analytics events could not be stored in time; they are dropped")]
    private partial void LogDrainTimedOut(int count);
}
