namespace MovieRecommender.Data.Personal;

/// <summary>What one user has recorded about one film, as the film cards show it.</summary>
public sealed record FilmMarks(int MovieId, int? HalfStars, bool Liked, bool OnWatchlist, DateOnly? WatchedOn)
{
    public static FilmMarks None(int movieId) => new(movieId, null, false, false, null);
}
