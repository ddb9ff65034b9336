namespace MovieRecommender.Data.Personal;

/// <summary>A film the user has seen, with the day they saw it (their calendar day, as they entered it).</summary>
public sealed class WatchedFilm
{
    public required string UserId { get; set; }
    public int MovieId { get; set; }
    public DateOnly WatchedOn { get; set; }

    /// <summary>When it was marked watched (UTC).</summary>
    public DateTime MarkedAt { get; set; }
}
