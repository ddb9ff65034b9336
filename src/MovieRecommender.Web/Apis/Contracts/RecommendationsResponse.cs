using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Web.Apis.Contracts;

public sealed record RecommendationsResponse(
    IReadOnlyList<MovieSummaryDto> Seeds,
    int Total,
    int Offset,
    bool IsShort,
    IReadOnlyList<RecommendationDto> Results)
{
    /// <summary><c>hybrid</c> or <c>content</c>: how this list was ranked (content for a content-only model or a seed nobody rated).</summary>
    public string Algorithm { get; init; } = RecommendationAlgorithms.Content;
}
