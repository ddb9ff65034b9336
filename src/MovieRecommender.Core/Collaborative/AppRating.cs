namespace MovieRecommender.Core.Collaborative;

/// <summary>A rating given in the app: the account's id, the film's TMDB id and the stars (0.5–5).</summary>
public readonly record struct AppRating(string UserId, int MovieId, float Rating);
