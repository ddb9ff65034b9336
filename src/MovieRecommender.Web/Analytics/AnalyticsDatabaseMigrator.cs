using Microsoft.EntityFrameworkCore;
using MovieRecommender.Analytics;

namespace MovieRecommender.Web.Analytics;

/// <summary>
/// Brings the analytics tables up to date when the app starts (before the writer runs). A database that cannot be
/// reached is logged and reported by the readiness check; the app still serves recommendations.
/// </summary>
public sealed partial class AnalyticsDatabaseMigrator(AnalyticsDbContextFactory databases, ILogger<AnalyticsDatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (databases.DataSource is { Length: > 0 } file && Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }

            var context = databases.CreateDbContext();
            await using (context.ConfigureAwait(false))
            {
                await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
                if (databases.Provider == AnalyticsDatabaseProvider.Sqlite)
                {
                    // Readers (the admin reports) and the writer then do not block each other.
                    await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Analytics must never keep the recommender from starting.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogMigrationFailed(ex, databases.Provider);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not prepare the analytics tables ({Provider}); events will not be stored until the database is reachable")]
    private partial void LogMigrationFailed(Exception exception, AnalyticsDatabaseProvider provider);
}
