using Microsoft.Data.Sqlite;
using MovieRecommender.Analytics;

namespace MovieRecommender.Web.Tests.Analytics;

/// <summary>Where the analytics events live: the accounts database's conventions, its own SQLite file.</summary>
public sealed class AnalyticsDatabaseTests
{
    private const string AccountsPostgres = "Host=db.internal;Port=5433;Database=movies;Username=app;Password=secret";
    private static readonly string ContentRoot = Path.Combine(Path.GetTempPath(), "content-root");

    [Fact]
    public void Resolve_NoConnectionString_SqliteFileUnderContentRootDb()
    {
        // Act
        var database = AnalyticsDatabase.Resolve(AnalyticsDatabaseProvider.Sqlite, null, null, ContentRoot);

        // Assert
        Assert.Equal(AnalyticsDatabaseProvider.Sqlite, database.Provider);
        Assert.Equal(Path.Combine(ContentRoot, "db", "analytics.db"), new SqliteConnectionStringBuilder(database.ConnectionString).DataSource);
    }

    [Fact]
    public void Resolve_RelativeSqlitePath_AnchoredToContentRoot()
    {
        // Act
        var database = AnalyticsDatabase.Resolve(AnalyticsDatabaseProvider.Sqlite, "Data Source=data/events.db", null, ContentRoot);

        // Assert
        Assert.Equal(Path.Combine(ContentRoot, "data", "events.db"), new SqliteConnectionStringBuilder(database.ConnectionString).DataSource);
    }

    [Fact]
    public void Resolve_SqliteWithAccountsPostgresString_NeverUsesTheAccountsString()
    {
        // Act
        var database = AnalyticsDatabase.Resolve(AnalyticsDatabaseProvider.Sqlite, "", AccountsPostgres, ContentRoot);

        // Assert
        Assert.Equal("SQLite " + Path.Combine(ContentRoot, "db", "analytics.db"), database.Describe());
    }

    [Fact]
    public void Resolve_PostgresWithoutItsOwnString_SharesTheAccountsDatabase()
    {
        // Act
        var database = AnalyticsDatabase.Resolve(AnalyticsDatabaseProvider.Postgres, " ", AccountsPostgres, ContentRoot);

        // Assert
        Assert.Equal(AccountsPostgres, database.ConnectionString);
        Assert.Equal("PostgreSQL db.internal:5433/movies", database.Describe());
    }

    [Fact]
    public void Resolve_PostgresWithItsOwnString_UsesIt()
    {
        // Act
        var database = AnalyticsDatabase.Resolve(AnalyticsDatabaseProvider.Postgres, "Host=events.internal;Database=events", AccountsPostgres, ContentRoot);

        // Assert
        Assert.Equal("PostgreSQL events.internal:5432/events", database.Describe());
    }

    [Fact]
    public void Resolve_PostgresWithNoStringAtAll_ThrowsNamingBothKeys()
    {
        // Act
        var error = Assert.Throws<InvalidOperationException>(() =>
            AnalyticsDatabase.Resolve(AnalyticsDatabaseProvider.Postgres, null, "", ContentRoot));

        // Assert
        Assert.Contains("ConnectionStrings:Analytics", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:Accounts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_MalformedSqliteString_ThrowsNamingTheKey()
    {
        // Act
        var error = Assert.Throws<InvalidOperationException>(() =>
            AnalyticsDatabase.Resolve(AnalyticsDatabaseProvider.Sqlite, "Colour=blue", null, ContentRoot));

        // Assert
        Assert.Contains("ConnectionStrings:Analytics", error.Message, StringComparison.Ordinal);
    }
}
