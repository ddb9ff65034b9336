namespace MovieRecommender.Web.Social;

/// <summary>Outcome of following an invite link.</summary>
public enum ListJoinResult
{
    Joined = 0,
    AlreadyMember = 1,

    /// <summary>No list has this token (mistyped, or replaced), or its owner and the user blocked one another.</summary>
    InvalidLink = 2,
    NeedsProfile = 3,
    Full = 4,
}
