namespace MovieRecommender.Core.Recommendations;

/// <summary>A film a user rated: TMDB id and stars (0.5–5).</summary>
public readonly record struct ProfileRating(int MovieId, float Rating);
