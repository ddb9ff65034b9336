using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using MovieRecommender.Data.Registration;

namespace MovieRecommender.Data.Postgres;

/// <summary>Used only by <c>dotnet ef migrations add</c> (no server needed): a PostgreSQL context whose migrations land here.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args)
    {
        var database = new AccountsDatabase(AccountsProvider.Postgres, "Host=localhost;Database=movierecommender_design");
        var options = AccountsDbContextOptions.Configure(new DbContextOptionsBuilder<AccountsDbContext>(), database);
        return new AccountsDbContext((DbContextOptions<AccountsDbContext>)options.Options);
    }
}
