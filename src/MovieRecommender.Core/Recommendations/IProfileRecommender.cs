namespace MovieRecommender.Core.Recommendations;

/// <summary>
/// Personal recommendations for a profile of rated films. With a hybrid model the ratings are folded into the ALS
/// factors per request (one small solve) and ranked with the learned ranker; with a content-only model (or
/// algorithm content) the liked films' similarity rows are combined. Implemented by <see cref="RecommenderService"/>.
/// </summary>
public interface IProfileRecommender
{
    /// <summary>Whether the model served now has a collaborative part and a ranker (false before the first load).</summary>
    bool ServesHybrid { get; }

    /// <summary>
    /// Status <see cref="RecommendationStatus.Ok"/> always (an empty or unknown profile gives no items);
    /// <see cref="RecommendationResult.Seeds"/> are the profile films used.
    /// </summary>
    /// <exception cref="ModelNotReadyException">No model is loaded yet.</exception>
    RecommendationResult RecommendForProfile(ProfileRecommendationRequest request);
}
