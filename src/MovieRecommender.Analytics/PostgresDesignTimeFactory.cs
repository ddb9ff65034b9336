using Microsoft.EntityFrameworkCore.Design;

namespace MovieRecommender.Analytics;

/// <summary>For <c>dotnet ef migrations add X --context PostgresAnalyticsDbContext</c>: no database is touched.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAnalyticsDbContext>
{
    public PostgresAnalyticsDbContext CreateDbContext(string[] args) =>
        (PostgresAnalyticsDbContext)new AnalyticsDbContextFactory(AnalyticsDatabaseProvider.Postgres, "Host=localhost;Database=design").CreateDbContext();
}
