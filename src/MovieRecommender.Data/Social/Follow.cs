namespace MovieRecommender.Data.Social;

/// <summary>The follower sees the followee's public ratings and reviews in their feed.</summary>
public sealed class Follow
{
    public required string FollowerId { get; set; }
    public required string FolloweeId { get; set; }

    /// <summary>UTC.</summary>
    public DateTime FollowedAt { get; set; }
}
