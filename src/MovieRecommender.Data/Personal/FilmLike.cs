namespace MovieRecommender.Data.Personal;

/// <summary>A liked film (Letterboxd's heart).</summary>
public sealed class FilmLike
{
    public required string UserId { get; set; }
    public int MovieId { get; set; }

    /// <summary>UTC.</summary>
    public DateTime LikedAt { get; set; }
}
