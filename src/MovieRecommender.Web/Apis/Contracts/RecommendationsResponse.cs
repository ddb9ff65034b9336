namespace MovieRecommender.Web.Apis.Contracts;

public sealed record RecommendationsResponse(
    IReadOnlyList<MovieSummaryDto> Seeds,
    int Total,
    int Offset,
    bool IsShort,
    IReadOnlyList<RecommendationDto> Results);
