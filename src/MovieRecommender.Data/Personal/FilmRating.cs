namespace MovieRecommender.Data.Personal;

/// <summary>
/// A user's star rating of a film, stored as half-stars (1 = ½★ … 10 = 5★) so the value is exact on every
/// provider. Films are TMDB ids, not foreign keys: a film missing from the current model keeps its rating.
/// </summary>
public sealed class FilmRating
{
    public required string UserId { get; set; }
    public int MovieId { get; set; }
    public int HalfStars { get; set; }

    /// <summary>When the rating was given or last changed (UTC).</summary>
    public DateTime RatedAt { get; set; }
}
