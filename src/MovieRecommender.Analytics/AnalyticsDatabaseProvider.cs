namespace MovieRecommender.Analytics;

/// <summary>Database engines the analytics context runs on (configuration value of <c>Accounts:Provider</c>).</summary>
public enum AnalyticsDatabaseProvider
{
    Sqlite = 0,
    Postgres = 1,
}
