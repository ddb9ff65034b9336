namespace MovieRecommender.Web.Personal.Contracts;

/// <summary>Body of PUT /api/v1/me/watched/{movieId}: the day it was watched (yyyy-MM-dd); today when absent.</summary>
public sealed record WatchedRequest(DateOnly? WatchedOn);
