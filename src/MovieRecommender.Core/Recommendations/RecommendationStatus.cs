namespace MovieRecommender.Core.Recommendations;

public enum RecommendationStatus
{
    Ok = 0,

    /// <summary>The title or an id did not resolve; see <see cref="RecommendationResult.Suggestions"/>.</summary>
    SeedNotFound = 1,
}
