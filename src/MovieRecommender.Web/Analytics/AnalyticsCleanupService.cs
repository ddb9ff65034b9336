using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MovieRecommender.Analytics;
using MovieRecommender.Web.Settings;

namespace MovieRecommender.Web.Analytics;

/// <summary>Deletes events older than <c>Analytics:RetentionDays</c>, at start and every <c>Analytics:CleanupIntervalHours</c>.</summary>
public sealed partial class AnalyticsCleanupService(
    AnalyticsDbContextFactory databases,
    IOptions<AnalyticsSettings> settings,
    TimeProvider timeProvider,
    ILogger<AnalyticsCleanupService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            await DeleteExpiredAsync(stoppingToken).ConfigureAwait(false);
            await Task.Delay(TimeSpan.FromHours(settings.Value.CleanupIntervalHours), timeProvider, stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>One pass; returns the rows deleted (0 when the database is unreachable, which is logged).</summary>
    internal async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var cutoff = timeProvider.GetUtcNow().UtcDateTime.AddDays(-settings.Value.RetentionDays);
        try
        {
            await databases.EnsureMigratedAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            var context = databases.CreateDbContext();
            await using (context.ConfigureAwait(false))
            {
                var deleted = await context.Events.Where(e => e.OccurredAt < cutoff).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                if (deleted > 0)
                {
                    LogDeleted(deleted, settings.Value.RetentionDays);
                }

                return deleted;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Retry at the next interval.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogCleanupFailed(ex);
            return 0;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} analytics events older than {Days} days")]
    private partial void LogDeleted(int count, int days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Analytics cleanup failed; retrying at the next interval")]
    private partial void LogCleanupFailed(Exception exception);
}
