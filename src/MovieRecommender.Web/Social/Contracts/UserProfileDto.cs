namespace MovieRecommender.Web.Social.Contracts;

/// <summary>Another user's public profile as the viewer sees it (relationship fields are false when signed out).</summary>
public sealed record UserProfileDto
{
    public required string Handle { get; init; }
    public required string DisplayName { get; init; }
    public required int Followers { get; init; }
    public required int Following { get; init; }
    public bool YouFollow { get; init; }
    public bool FollowsYou { get; init; }

    /// <summary>Both follow each other: "films we both want to see" is open to them.</summary>
    public bool Friends { get; init; }
}
