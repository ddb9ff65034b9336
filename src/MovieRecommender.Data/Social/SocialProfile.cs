namespace MovieRecommender.Data.Social;

/// <summary>
/// A user's social identity: the handle others find them by and whether their profile is public. Without a row, or
/// with <see cref="IsPublic"/> false, nobody else sees anything of the user (private by default).
/// </summary>
public sealed class SocialProfile
{
    public required string UserId { get; set; }

    /// <summary>Lower-case letters, digits and underscores (<see cref="SocialLimits.HandlePattern"/>); unique.</summary>
    public required string Handle { get; set; }

    public required string DisplayName { get; set; }

    /// <summary>Opt-in: only a public profile's ratings and reviews are shown to others (and in their feeds).</summary>
    public bool IsPublic { get; set; }

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; set; }
}
