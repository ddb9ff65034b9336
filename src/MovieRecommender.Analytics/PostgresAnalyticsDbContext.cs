using Microsoft.EntityFrameworkCore;

namespace MovieRecommender.Analytics;

/// <summary>The analytics context on PostgreSQL; holds the PostgreSQL migrations.</summary>
public sealed class PostgresAnalyticsDbContext(DbContextOptions<PostgresAnalyticsDbContext> options) : AnalyticsDbContext(options);
