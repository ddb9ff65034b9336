namespace MovieRecommender.Analytics.Reports;

/// <summary>One UTC day: submitted searches and recommendation lists served.</summary>
public sealed record DailyActivity(DateOnly Day, long Searches, long Recommendations);
