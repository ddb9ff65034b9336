namespace MovieRecommender.Core.Recommendations;

/// <summary>
/// Names of the recommenders a request or an experiment variant can ask for. The names are public (query parameter
/// <c>algorithm</c>, configuration <c>Experiments:{name}:Variants:{variant}:Algorithm</c>, metric labels).
/// </summary>
public static class RecommendationAlgorithms
{
    /// <summary>Content-based: similar cast, crew, keywords and genres.</summary>
    public const string Content = "content";

    /// <summary>Content blended with collaborative signals from ratings, when the model has them.</summary>
    public const string Hybrid = "hybrid";

    public static IReadOnlyList<string> All { get; } = [Content, Hybrid];

    public static bool IsKnown(string? name) => Parse(name) is not null;

    /// <summary>The algorithm a name stands for (any case, surrounding spaces ignored); null when absent or unknown.</summary>
    public static RecommendationAlgorithm? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        Content => RecommendationAlgorithm.Content,
        Hybrid => RecommendationAlgorithm.Hybrid,
        _ => null,
    };

    /// <summary>The public name of an algorithm; null (not chosen) reads as <see cref="Content"/>.</summary>
    public static string NameOf(RecommendationAlgorithm? algorithm) => algorithm == RecommendationAlgorithm.Hybrid ? Hybrid : Content;
}
