namespace MovieRecommender.Core.Experiments;

/// <summary>
/// One variant's results. <see cref="Difference"/> and <see cref="PValue"/> compare it with the control variant
/// (null for the control itself).
/// </summary>
public sealed record VariantReport(
    string Variant,
    bool IsControl,
    double Weight,
    long Exposures,
    long Impressions,
    long Clicks,
    ProportionInterval ClickThroughRate,
    ProportionInterval? Difference,
    double? PValue);
