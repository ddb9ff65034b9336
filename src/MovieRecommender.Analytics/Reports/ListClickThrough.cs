namespace MovieRecommender.Analytics.Reports;

/// <summary>Impressions and clicks of one list, optionally within one experiment variant.</summary>
public sealed record ListClickThrough(string List, string? Experiment, string? Variant, long Impressions, long Clicks);
