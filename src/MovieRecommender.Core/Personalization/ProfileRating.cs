namespace MovieRecommender.Core.Personalization;

/// <summary>A star rating (0.5–5) of a film (TMDB id) and when it was given (UTC).</summary>
public sealed record ProfileRating(int MovieId, double Stars, DateTime At);
