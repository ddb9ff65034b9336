namespace MovieRecommender.Data.Social;

/// <summary>
/// The blocker hides everything of theirs from the blocked user, and the blocked user from themselves: neither sees
/// the other's profile, ratings or reviews, neither can follow the other, and the blocked user is removed from the
/// blocker's shared lists and cannot join them.
/// </summary>
public sealed class Block
{
    public required string BlockerId { get; set; }
    public required string BlockedId { get; set; }

    /// <summary>UTC.</summary>
    public DateTime BlockedAt { get; set; }
}
