namespace MovieRecommender.Core.Collaborative;

/// <summary>One rating: the source's user id, the film's catalog index, and the rating (0.5–5 stars).</summary>
public readonly record struct UserFilmRating(long UserId, int Film, float Rating);
