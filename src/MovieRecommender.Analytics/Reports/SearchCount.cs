namespace MovieRecommender.Analytics.Reports;

/// <summary>A normalised search and how often it was submitted.</summary>
public sealed record SearchCount(string Query, long Count);
