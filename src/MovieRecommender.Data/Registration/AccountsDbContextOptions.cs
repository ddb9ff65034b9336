using Microsoft.EntityFrameworkCore;

namespace MovieRecommender.Data.Registration;

/// <summary>Points a <see cref="DbContextOptionsBuilder"/> at the accounts database with its provider's migrations assembly.</summary>
public static class AccountsDbContextOptions
{
    private static readonly SqlitePragmaInterceptor SqlitePragmas = new();

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, AccountsDatabase database)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(database);
        if (database.Provider == AccountsProvider.Postgres)
        {
            options.UseNpgsql(database.ConnectionString, npgsql => npgsql.MigrationsAssembly(database.MigrationsAssembly));
        }
        else
        {
            options.UseSqlite(database.ConnectionString, sqlite => sqlite.MigrationsAssembly(database.MigrationsAssembly))
                .AddInterceptors(SqlitePragmas);
        }

        return options;
    }
}
