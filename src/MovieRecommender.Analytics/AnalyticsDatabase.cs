using Microsoft.Data.Sqlite;
using Npgsql;

namespace MovieRecommender.Analytics;

/// <summary>
/// The analytics database, resolved once from the settings with the accounts database's conventions: an empty SQLite
/// connection string means <c>db/analytics.db</c> under the content root (its own file, so event batches never hold
/// the accounts file's write lock), a relative SQLite path is made absolute against the content root, and PostgreSQL
/// without its own connection string shares the accounts database (separate tables and migrations history).
/// </summary>
public sealed record AnalyticsDatabase(AnalyticsDatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqliteFolder = "db";
    public const string DefaultSqliteFile = "analytics.db";

    // Seconds a SQLite command waits for another writer's lock before failing (the admin reports read meanwhile).
    private const int SqliteBusyTimeoutSeconds = 30;

    /// <summary>Where the events live, for logs and errors: the file, or host/port/database without credentials.</summary>
    public string Describe()
    {
        if (Provider == AnalyticsDatabaseProvider.Sqlite)
        {
            return $"SQLite {new SqliteConnectionStringBuilder(ConnectionString).DataSource}";
        }

        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
    }

    /// <summary>
    /// Resolves the settings. <paramref name="connectionString"/> is <c>ConnectionStrings:Analytics</c>;
    /// <paramref name="sharedPostgresConnectionString"/> is <c>ConnectionStrings:Accounts</c>, used by PostgreSQL when
    /// the analytics one is empty. Bad settings throw with a message naming the key to fix.
    /// </summary>
    public static AnalyticsDatabase Resolve(AnalyticsDatabaseProvider provider, string? connectionString,
        string? sharedPostgresConnectionString, string contentRootPath)
    {
        if (provider == AnalyticsDatabaseProvider.Postgres)
        {
            var postgres = string.IsNullOrWhiteSpace(connectionString) ? sharedPostgresConnectionString : connectionString;
            if (string.IsNullOrWhiteSpace(postgres))
            {
                throw new InvalidOperationException(
                    "The analytics provider is 'postgres' but neither ConnectionStrings:Analytics nor ConnectionStrings:Accounts is set.");
            }

            try
            {
                _ = new NpgsqlConnectionStringBuilder(postgres);
            }
            catch (ArgumentException ex)
            {
                throw new InvalidOperationException($"The analytics PostgreSQL connection string is not valid: {ex.Message}", ex);
            }

            return new AnalyticsDatabase(AnalyticsDatabaseProvider.Postgres, postgres);
        }

        SqliteConnectionStringBuilder sqlite;
        try
        {
            sqlite = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString)
                ? $"Data Source={Path.Combine(DefaultSqliteFolder, DefaultSqliteFile)}"
                : connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"ConnectionStrings:Analytics is not a valid SQLite connection string: {ex.Message}", ex);
        }

        var source = sqlite.DataSource;
        if (!string.IsNullOrEmpty(source) && !source.Equals(":memory:", StringComparison.OrdinalIgnoreCase)
            && !source.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            sqlite.DataSource = Path.GetFullPath(source, contentRootPath);
        }

        sqlite.DefaultTimeout = SqliteBusyTimeoutSeconds;
        return new AnalyticsDatabase(AnalyticsDatabaseProvider.Sqlite, sqlite.ToString());
    }
}
