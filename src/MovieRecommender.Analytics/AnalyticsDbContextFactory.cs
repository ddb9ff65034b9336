using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MovieRecommender.Analytics.Storage;

namespace MovieRecommender.Analytics;

/// <summary>
/// Creates the analytics context for the configured provider. One options object is built once and reused, so a
/// context per batch or per report costs little.
/// </summary>
public sealed class AnalyticsDbContextFactory
{
    private readonly Func<AnalyticsDbContext> _create;
    private readonly Func<IAnalyticsEventBatchWriter> _createBatchWriter;
    private readonly Lock _migrationLock = new();
    private Task? _migration;

    public AnalyticsDbContextFactory(AnalyticsDatabase database)
        : this(database?.Provider ?? throw new ArgumentNullException(nameof(database)), database.ConnectionString)
    {
        Description = database.Describe();
    }

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
            _createBatchWriter = () => new PostgresEventBatchWriter(connectionString);
        }
        else
        {
            var options = new DbContextOptionsBuilder<SqliteAnalyticsDbContext>()
                .UseSqlite(connectionString, o => o.MigrationsHistoryTable(AnalyticsDbContext.MigrationsHistoryTable))
                .Options;
            _create = () => new SqliteAnalyticsDbContext(options);
            _createBatchWriter = () => new SqliteEventBatchWriter(connectionString);
            DataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        }
    }

    public AnalyticsDatabaseProvider Provider { get; }

    /// <summary>Where the events live, for logs (no credentials).</summary>
    public string Description { get; } = "analytics database";

    /// <summary>The SQLite file (null for PostgreSQL), so the host can create its folder.</summary>
    public string? DataSource { get; }

    public AnalyticsDbContext CreateDbContext() => _create();

    /// <summary>The bulk insert path for this provider (the tables must exist: await <see cref="EnsureMigratedAsync"/>).</summary>
    public IAnalyticsEventBatchWriter CreateBatchWriter() => _createBatchWriter();

    /// <summary>
    /// Creates or upgrades the analytics tables once per process; every caller awaits the same migration. A failed
    /// attempt (database unreachable) is forgotten, so the next caller tries again.
    /// </summary>
    public Task EnsureMigratedAsync()
    {
        lock (_migrationLock)
        {
            if (_migration is null || _migration.IsFaulted || _migration.IsCanceled)
            {
                _migration = MigrateAsync();
            }

            return _migration;
        }
    }

    private async Task MigrateAsync()
    {
        if (DataSource is { Length: > 0 } file && !file.StartsWith(':') && Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var context = CreateDbContext();
        await using (context.ConfigureAwait(false))
        {
            await context.Database.MigrateAsync().ConfigureAwait(false);
            if (Provider == AnalyticsDatabaseProvider.Sqlite)
            {
                // Readers (the admin reports) and the writer then do not block each other.
                await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;").ConfigureAwait(false);
            }
        }
    }
}
