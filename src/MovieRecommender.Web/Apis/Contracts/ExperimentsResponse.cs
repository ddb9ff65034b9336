namespace MovieRecommender.Web.Apis.Contracts;

/// <summary>Body of GET /api/v1/admin/experiments.</summary>
public sealed record ExperimentsResponse(IReadOnlyList<ExperimentReportDto> Experiments);
