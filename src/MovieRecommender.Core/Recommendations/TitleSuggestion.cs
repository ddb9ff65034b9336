using MovieRecommender.Core.Catalog;

namespace MovieRecommender.Core.Recommendations;

/// <summary>A "did you mean" candidate with its fuzzy score (0–100).</summary>
public sealed record TitleSuggestion(Movie Movie, int Score);
