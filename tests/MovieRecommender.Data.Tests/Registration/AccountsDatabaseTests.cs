using MovieRecommender.Data.Registration;

namespace MovieRecommender.Data.Tests.Registration;

public sealed class AccountsDatabaseTests
{
    private static readonly string ContentRoot = Path.Combine(Path.GetTempPath(), "content-root");

    [Fact]
    public void Resolve_NoConnectionString_SqliteFileUnderContentRootDb()
    {
        var database = AccountsDatabase.Resolve(new AccountsOptions(), null, ContentRoot);

        Assert.Equal(AccountsProvider.Sqlite, database.Provider);
        Assert.Equal(Path.Combine(ContentRoot, "db", "accounts.db"), database.SqliteFile);
        Assert.Equal(AccountsDatabase.SqliteMigrationsAssembly, database.MigrationsAssembly);
    }

    [Fact]
    public void Resolve_RelativeSqlitePath_AnchoredToContentRoot()
    {
        var database = AccountsDatabase.Resolve(new AccountsOptions(), "Data Source=data/my.db", ContentRoot);

        Assert.Equal(Path.Combine(ContentRoot, "data", "my.db"), database.SqliteFile);
    }

    [Fact]
    public void Resolve_PostgresWithoutConnectionString_ThrowsNamingTheKey()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            AccountsDatabase.Resolve(new AccountsOptions { Provider = "postgres" }, " ", ContentRoot));

        Assert.Contains("ConnectionStrings:Accounts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_Postgres_UsesPostgresMigrationsAndHidesThePassword()
    {
        var database = AccountsDatabase.Resolve(new AccountsOptions { Provider = "POSTGRES" },
            "Host=db.internal;Port=5433;Database=movies;Username=app;Password=secret", ContentRoot);

        Assert.Equal(AccountsDatabase.PostgresMigrationsAssembly, database.MigrationsAssembly);
        Assert.Equal("PostgreSQL db.internal:5433/movies", database.Describe());
        Assert.Null(database.SqliteFile);
    }
}
