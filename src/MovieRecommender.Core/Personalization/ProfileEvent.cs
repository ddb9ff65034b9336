namespace MovieRecommender.Core.Personalization;

/// <summary>A like, a watch or a watchlist entry of a film (TMDB id) and when it happened (UTC).</summary>
public sealed record ProfileEvent(int MovieId, DateTime At);
