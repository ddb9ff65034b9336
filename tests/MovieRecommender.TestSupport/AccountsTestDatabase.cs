using Microsoft.EntityFrameworkCore;
using MovieRecommender.Data;
using MovieRecommender.Data.Registration;

namespace MovieRecommender.TestSupport;

/// <summary>
/// A throwaway, migrated accounts database for one test class: a SQLite file in a temp folder, or a new database
/// on the shared <see cref="PostgresServer"/>. When PostgreSQL cannot be installed here, <see cref="SkipReason"/>
/// says so and tests call <c>Skip.If(database.SkipReason is not null, database.SkipReason)</c>.
/// </summary>
public sealed class AccountsTestDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFolder;

    private AccountsTestDatabase(AccountsDatabase? database, string? sqliteFolder, string? skipReason)
    {
        Database = database;
        _sqliteFolder = sqliteFolder;
        SkipReason = skipReason;
    }

    /// <summary>Null only when the test must be skipped.</summary>
    public AccountsDatabase? Database { get; }

    public string? SkipReason { get; }

    /// <summary>The settings that point the web app at this database (ASP.NET configuration keys).</summary>
    public IReadOnlyDictionary<string, string?> AppSettings => new Dictionary<string, string?>
    {
        ["Accounts:Provider"] = Database?.Provider == AccountsProvider.Postgres ? "postgres" : "sqlite",
        ["ConnectionStrings:Accounts"] = Database?.ConnectionString,
    };

    public static async Task<AccountsTestDatabase> CreateAsync(AccountsProvider provider, bool migrate = true)
    {
        AccountsTestDatabase database;
        if (provider == AccountsProvider.Postgres)
        {
            var server = await PostgresServer.SharedAsync().ConfigureAwait(false);
            if (server is null)
            {
                var reason = PostgresServer.UnavailableReason ?? "PostgreSQL is not available";
                // Installed but not startable is a failure to see, not a reason to skip.
                return PostgresServer.UnavailableReason?.StartsWith("PostgreSQL is not installed", StringComparison.Ordinal) == true
                    ? new AccountsTestDatabase(null, null, reason)
                    : throw new InvalidOperationException(reason);
            }

            var connectionString = await server.CreateDatabaseAsync("accounts").ConfigureAwait(false);
            database = new AccountsTestDatabase(new AccountsDatabase(AccountsProvider.Postgres, connectionString), null, null);
        }
        else
        {
            var folder = Directory.CreateTempSubdirectory("movierec-accounts-").FullName;
            var resolved = AccountsDatabase.Resolve(new AccountsOptions(), "Data Source=accounts.db", folder);
            database = new AccountsTestDatabase(resolved, folder, null);
        }

        if (migrate)
        {
            await using var context = database.CreateContext();
            await context.Database.MigrateAsync().ConfigureAwait(false);
        }

        return database;
    }

    public AccountsDbContext CreateContext()
    {
        var database = Database ?? throw new InvalidOperationException(SkipReason);
        var options = AccountsDbContextOptions.Configure(new DbContextOptionsBuilder<AccountsDbContext>(), database);
        return new AccountsDbContext((DbContextOptions<AccountsDbContext>)options.Options);
    }

    public ValueTask DisposeAsync()
    {
        if (_sqliteFolder is not null)
        {
            // Pooled connections keep the file open; release them before deleting it.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_sqliteFolder, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        return ValueTask.CompletedTask;
    }
}
