using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Web.Queries;

/// <summary>The public names of <see cref="RecommendationAlgorithm"/> (query parameter and JSON field <c>algorithm</c>).</summary>
public static class AlgorithmNames
{
    public const string Content = "content";
    public const string Hybrid = "hybrid";

    public static IReadOnlyList<string> All { get; } = [Content, Hybrid];

    /// <summary>The algorithm a client named (any case, surrounding spaces ignored), or null when absent or unknown.</summary>
    public static RecommendationAlgorithm? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        Content => RecommendationAlgorithm.Content,
        Hybrid => RecommendationAlgorithm.Hybrid,
        _ => null,
    };

    public static string Of(RecommendationAlgorithm algorithm) => algorithm == RecommendationAlgorithm.Hybrid ? Hybrid : Content;
}
