namespace MovieRecommender.Data.Personal;

/// <summary>A film the user wants to watch.</summary>
public sealed class WatchlistEntry
{
    public required string UserId { get; set; }
    public int MovieId { get; set; }

    /// <summary>UTC.</summary>
    public DateTime AddedAt { get; set; }
}
