namespace MovieRecommender.Web.Personal.Contracts;

/// <summary>Body of PUT /api/v1/me/ratings/{movieId}: stars from 0.5 to 5.0 in halves.</summary>
public sealed record RatingRequest(double? Rating);
