using MovieRecommender.Analytics;

namespace MovieRecommender.Web.Analytics;

/// <summary>
/// Brings the analytics tables up to date in the background as the app starts, so a slow or unreachable database
/// never delays serving recommendations; the writer and the reports await the same migration before they touch the
/// tables. A failure is logged and reported by the readiness check, and retried by the next user of the tables.
/// </summary>
public sealed partial class AnalyticsDatabaseMigrator(AnalyticsDbContextFactory databases, ILogger<AnalyticsDatabaseMigrator> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await databases.EnsureMigratedAsync().WaitAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
#pragma warning disable CA1031 // Analytics must never keep the recommender from running.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogMigrationFailed(ex, databases.Description);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not prepare the analytics tables ({Database}); events will not be stored until the database is reachable")]
    private partial void LogMigrationFailed(Exception exception, string database);
}
