using MovieRecommender.Core.Catalog;

namespace MovieRecommender.Core.Recommendations;

public sealed record Recommendation(Movie Movie, double Similarity, IReadOnlyList<ExplanationItem> Explanation);
