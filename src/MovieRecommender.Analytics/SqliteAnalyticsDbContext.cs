using Microsoft.EntityFrameworkCore;

namespace MovieRecommender.Analytics;

/// <summary>The analytics context on SQLite (the default app database); holds the SQLite migrations.</summary>
public sealed class SqliteAnalyticsDbContext(DbContextOptions<SqliteAnalyticsDbContext> options) : AnalyticsDbContext(options);
