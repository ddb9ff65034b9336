using MovieRecommender.Core.Catalog;

namespace MovieRecommender.Core.Recommendations;

public sealed record RecommendationResult
{
    public required RecommendationStatus Status { get; init; }
    public IReadOnlyList<Movie> Seeds { get; init; } = [];

    /// <summary>How many results pass the filters in the candidate pool (for paging).</summary>
    public int Total { get; init; }

    public int Offset { get; init; }
    public IReadOnlyList<Recommendation> Items { get; init; } = [];

    /// <summary>Did-you-mean candidates when <see cref="Status"/> is <see cref="RecommendationStatus.SeedNotFound"/>.</summary>
    public IReadOnlyList<TitleSuggestion> Suggestions { get; init; } = [];

    /// <summary>Fewer films than requested pass the filters.</summary>
    public bool IsShort { get; init; }

    /// <summary>
    /// How this list was ranked: <see cref="RecommendationAlgorithm.Content"/> when the model has no collaborative
    /// part, content was asked for, or no seed has ratings (cold start).
    /// </summary>
    public RecommendationAlgorithm Algorithm { get; init; }

    public static RecommendationResult NotFound(IReadOnlyList<TitleSuggestion> suggestions) =>
        new() { Status = RecommendationStatus.SeedNotFound, Suggestions = suggestions };
}
