namespace MovieRecommender.Web.Apis.Contracts;

/// <summary>
/// One variant: exposures (distinct visitors served a list), impressions, clicks, click-through rate with its 95%
/// Wilson interval; for non-control variants the difference from the control (Newcombe interval) and the
/// two-proportion test's p-value.
/// </summary>
public sealed record VariantReportDto(
    string Name,
    bool IsControl,
    double Weight,
    long Exposures,
    long Impressions,
    long Clicks,
    IntervalDto Ctr,
    IntervalDto? Difference,
    double? PValue);
