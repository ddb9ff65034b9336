namespace MovieRecommender.Data.Personal;

/// <summary>One event of the user's history: a film opened or marked watched.</summary>
public sealed class HistoryEntry
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public int MovieId { get; set; }
    public HistoryKind Kind { get; set; }

    /// <summary>UTC.</summary>
    public DateTime At { get; set; }
}
