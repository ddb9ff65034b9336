namespace MovieRecommender.Web.Caching;

/// <summary>One recommended film of a cached page: its id (the film itself comes from the served model), score and reasons.</summary>
public sealed record CachedRecommendation(int Id, double Similarity, IReadOnlyList<CachedExplanation> Explanation);
