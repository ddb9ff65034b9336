using Microsoft.Extensions.Diagnostics.HealthChecks;
using MovieRecommender.Analytics;

namespace MovieRecommender.Web.Health;

/// <summary>
/// Readiness: the app database (accounts, events) answers. Unhealthy when it does not, so a load balancer sends
/// people to a node where signing in and tracking work.
/// </summary>
public sealed class AnalyticsDatabaseHealthCheck(AnalyticsDbContextFactory databases) : IHealthCheck
{
    public const string Name = "database";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var db = databases.CreateDbContext();
            await using (db.ConfigureAwait(false))
            {
                return await db.Database.CanConnectAsync(cancellationToken).ConfigureAwait(false)
                    ? HealthCheckResult.Healthy($"{databases.Provider} database reachable")
                    : HealthCheckResult.Unhealthy($"{databases.Provider} database not reachable");
            }
        }
#pragma warning disable CA1031 // Any failure is the answer to the check.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy($"{databases.Provider} database not reachable: {ex.Message}");
        }
    }
}
