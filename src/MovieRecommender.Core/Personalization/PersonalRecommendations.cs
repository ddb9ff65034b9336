using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Core.Personalization;

/// <summary>
/// The ranked films (each with <see cref="Recommendation.Sources"/>: the seeds that brought it in) and the profile
/// seeds used, so a caller can say "because you rated Heat 5★". Empty when the profile has no positive signal yet.
/// </summary>
public sealed record PersonalRecommendations(RecommendationResult Result, IReadOnlyList<ProfileSeed> Seeds)
{
    public bool HasSignal => Seeds.Any(s => s.Weight > 0);
}
