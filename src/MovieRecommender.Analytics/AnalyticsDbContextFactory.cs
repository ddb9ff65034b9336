using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MovieRecommender.Analytics;

/// <summary>
/// Creates the analytics context for the configured provider. One options object is built once and reused, so a
/// context per batch or per report costs little.
/// </summary>
public sealed class AnalyticsDbContextFactory
{
    private readonly Func<AnalyticsDbContext> _create;

    public AnalyticsDbContextFactory(AnalyticsDatabaseProvider provider, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        Provider = provider;
        if (provider == AnalyticsDatabaseProvider.Postgres)
        {
            var options = new DbContextOptionsBuilder<PostgresAnalyticsDbContext>()
                .UseNpgsql(connectionString, o => o.MigrationsHistoryTable(AnalyticsDbContext.MigrationsHistoryTable))
                .Options;
            _create = () => new PostgresAnalyticsDbContext(options);
        }
        else
        {
            var options = new DbContextOptionsBuilder<SqliteAnalyticsDbContext>()
                .UseSqlite(connectionString, o => o.MigrationsHistoryTable(AnalyticsDbContext.MigrationsHistoryTable))
                .Options;
            _create = () => new SqliteAnalyticsDbContext(options);
            DataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        }
    }

    public AnalyticsDatabaseProvider Provider { get; }

    /// <summary>The SQLite file (null for PostgreSQL), so the host can create its folder.</summary>
    public string? DataSource { get; }

    public AnalyticsDbContext CreateDbContext() => _create();
}
