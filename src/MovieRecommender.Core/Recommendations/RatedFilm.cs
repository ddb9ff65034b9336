namespace MovieRecommender.Core.Recommendations;

/// <summary>A film a user rated: TMDB id and stars (0.5–5).</summary>
public readonly record struct RatedFilm(int MovieId, float Rating);
