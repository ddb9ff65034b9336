namespace MovieRecommender.Data.Social;

/// <summary>A user's membership of a shared list.</summary>
public sealed class SharedListMember
{
    public Guid ListId { get; set; }
    public required string UserId { get; set; }
    public ListRole Role { get; set; }

    /// <summary>UTC.</summary>
    public DateTime JoinedAt { get; set; }
}
