namespace MovieRecommender.Core.Recommendations;

/// <summary>How recommendations are ranked (API parameter <c>algorithm</c>).</summary>
public enum RecommendationAlgorithm
{
    /// <summary>Content similarity only (TF-IDF neighbours with the popularity prior): works for every catalog.</summary>
    Content = 0,

    /// <summary>
    /// Content and collaborative evidence ranked by the learned ranker; needs a model trained with ratings. Seeds
    /// nobody rated (cold start) are served by content similarity.
    /// </summary>
    Hybrid = 1,
}
