using Microsoft.Data.Sqlite;
using Npgsql;

namespace MovieRecommender.Data.Registration;

/// <summary>
/// The accounts database the app uses, resolved once from the settings: which provider, which connection string
/// (a relative SQLite path made absolute against the content root), and which assembly holds its migrations.
/// </summary>
public sealed record AccountsDatabase(AccountsProvider Provider, string ConnectionString)
{
    public const string SqliteMigrationsAssembly = "MovieRecommender.Data.Sqlite";
    public const string PostgresMigrationsAssembly = "MovieRecommender.Data.Postgres";
    public const string DefaultSqliteFolder = "db";
    public const string DefaultSqliteFile = "accounts.db";

    // Seconds a SQLite command waits for another writer's lock before failing (Microsoft.Data.Sqlite retries meanwhile).
    private const int SqliteBusyTimeoutSeconds = 30;

    public string MigrationsAssembly => Provider == AccountsProvider.Postgres ? PostgresMigrationsAssembly : SqliteMigrationsAssembly;

    /// <summary>The SQLite file, or null for PostgreSQL and in-memory SQLite.</summary>
    public string? SqliteFile
    {
        get
        {
            if (Provider != AccountsProvider.Sqlite)
            {
                return null;
            }

            var source = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
            return string.IsNullOrEmpty(source) || source.Equals(":memory:", StringComparison.OrdinalIgnoreCase)
                || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase) ? null : source;
        }
    }

    /// <summary>Where the data lives, for logs: the file, or host/port/database without credentials.</summary>
    public string Describe()
    {
        if (Provider == AccountsProvider.Sqlite)
        {
            return $"SQLite {SqliteFile ?? "(in memory)"}";
        }

        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
    }

    /// <summary>Resolves the settings; an empty SQLite connection string means <c>db/accounts.db</c> under the content root.</summary>
    public static AccountsDatabase Resolve(AccountsOptions options, string? connectionString, string contentRootPath)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.ProviderKind == AccountsProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "Accounts:Provider is 'postgres' but ConnectionStrings:Accounts is empty; set it to a PostgreSQL connection string.");
            }

            try
            {
                _ = new NpgsqlConnectionStringBuilder(connectionString);
            }
            catch (ArgumentException ex)
            {
                throw new InvalidOperationException($"ConnectionStrings:Accounts is not a valid PostgreSQL connection string: {ex.Message}", ex);
            }

            return new AccountsDatabase(AccountsProvider.Postgres, connectionString);
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
            throw new InvalidOperationException($"ConnectionStrings:Accounts is not a valid SQLite connection string: {ex.Message}", ex);
        }

        var source = sqlite.DataSource;
        if (!string.IsNullOrEmpty(source) && !source.Equals(":memory:", StringComparison.OrdinalIgnoreCase)
            && !source.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            sqlite.DataSource = Path.GetFullPath(source, contentRootPath);
        }

        sqlite.DefaultTimeout = SqliteBusyTimeoutSeconds;
        return new AccountsDatabase(AccountsProvider.Sqlite, sqlite.ToString());
    }
}
