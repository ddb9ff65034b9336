namespace MovieRecommender.Analytics;

/// <summary>Database engines the analytics context runs on (<c>Analytics:Provider</c>; unset = <c>Accounts:Provider</c>).</summary>
public enum AnalyticsDatabaseProvider
{
    Sqlite = 0,
    Postgres = 1,
}
