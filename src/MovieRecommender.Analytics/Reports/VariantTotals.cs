namespace MovieRecommender.Analytics.Reports;

/// <summary>Raw counts of one experiment variant: distinct subjects served a list, impressions and clicks.</summary>
public sealed record VariantTotals(string Variant, long Exposures, long Impressions, long Clicks);
