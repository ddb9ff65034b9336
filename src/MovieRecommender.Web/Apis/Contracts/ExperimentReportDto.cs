namespace MovieRecommender.Web.Apis.Contracts;

/// <summary>
/// One experiment. <see cref="SampleRatioMismatch"/> is true when the exposures do not match the weights (chi-square
/// p below 0.001): then the split is broken and no winner is named.
/// </summary>
public sealed record ExperimentReportDto(
    string Name,
    bool Running,
    string Control,
    double SampleRatioPValue,
    bool SampleRatioMismatch,
    string? Winner,
    IReadOnlyList<VariantReportDto> Variants);
