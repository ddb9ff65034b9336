using MovieRecommender.Core.Catalog;

namespace MovieRecommender.Core.Recommendations;

public sealed record Recommendation(Movie Movie, double Similarity, IReadOnlyList<ExplanationItem> Explanation)
{
    /// <summary>
    /// The seed films that brought this film in, strongest first (at most a few), with their share of its score;
    /// for a personal profile this is "because you rated …".
    /// </summary>
    public IReadOnlyList<SeedContribution> Sources { get; init; } = [];
}
