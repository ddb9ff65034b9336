using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using MovieRecommender.Data.Registration;

namespace MovieRecommender.Data.Sqlite;

/// <summary>Used only by <c>dotnet ef migrations add</c>: a SQLite context whose migrations land in this assembly.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args)
    {
        var database = new AccountsDatabase(AccountsProvider.Sqlite, "Data Source=design-time.db");
        var options = AccountsDbContextOptions.Configure(new DbContextOptionsBuilder<AccountsDbContext>(), database);
        return new AccountsDbContext((DbContextOptions<AccountsDbContext>)options.Options);
    }
}
