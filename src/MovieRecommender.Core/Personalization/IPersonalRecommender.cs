using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Core.Personalization;

/// <summary>
/// Recommendations from a whole profile: the one door the web layer uses for "For you". The content-based
/// implementation merges the seeds' neighbour lists through the engine's multi-seed path; a hybrid implementation
/// (collaborative + learned ranker) can replace it by registering another <see cref="IPersonalRecommender"/>.
/// </summary>
public interface IPersonalRecommender
{
    PersonalRecommendations Recommend(UserProfile profile, PersonalRecommendationRequest request);
}
