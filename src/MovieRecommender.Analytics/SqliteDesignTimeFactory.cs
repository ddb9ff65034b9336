using Microsoft.EntityFrameworkCore.Design;

namespace MovieRecommender.Analytics;

/// <summary>For <c>dotnet ef migrations add X --context SqliteAnalyticsDbContext</c>: no database is touched.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAnalyticsDbContext>
{
    public SqliteAnalyticsDbContext CreateDbContext(string[] args) =>
        (SqliteAnalyticsDbContext)new AnalyticsDbContextFactory(AnalyticsDatabaseProvider.Sqlite, "Data Source=design.db").CreateDbContext();
}
