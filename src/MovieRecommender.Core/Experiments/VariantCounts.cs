namespace MovieRecommender.Core.Experiments;

/// <summary>What was observed for one variant: distinct subjects exposed, list impressions and clicks.</summary>
public sealed record VariantCounts(string Variant, double Weight, long Exposures, long Impressions, long Clicks);
