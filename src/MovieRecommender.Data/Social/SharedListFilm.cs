namespace MovieRecommender.Data.Social;

/// <summary>A film on a shared list; the member who added it stays null once their account is gone.</summary>
public sealed class SharedListFilm
{
    public Guid ListId { get; set; }
    public int MovieId { get; set; }
    public string? AddedById { get; set; }

    /// <summary>UTC.</summary>
    public DateTime AddedAt { get; set; }
}
