using MovieRecommender.Core.Catalog;

namespace MovieRecommender.Core.Recommendations;

/// <summary>An autocomplete result; <see cref="Score"/> is higher for better matches.</summary>
public sealed record SearchHit(Movie Movie, double Score);
