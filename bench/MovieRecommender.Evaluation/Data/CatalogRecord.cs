using MovieRecommender.Core.Catalog;

namespace MovieRecommender.Evaluation.Data;

/// <summary>A film as read from TMDB 5000, with the release status the catalog presets filter on.</summary>
public sealed record CatalogRecord(Movie Movie, bool IsReleased);
