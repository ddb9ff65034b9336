namespace MovieRecommender.Data.Social;

/// <summary>Sizes of the social data: column lengths and the checks that keep input inside them.</summary>
public static class SocialLimits
{
    public const int MinHandleLength = 3;
    public const int MaxHandleLength = 30;

    /// <summary>What a handle may contain; it appears in addresses (/u/{handle}), so nothing needs escaping.</summary>
    public const string HandlePattern = "^[a-z0-9_]{3,30}$";

    public const int MaxDisplayNameLength = 50;
    public const int MaxReviewLength = 1000;
    public const int MaxListNameLength = 80;

    /// <summary>Base64url of 24 random bytes.</summary>
    public const int InviteTokenLength = 32;

    public const int MaxListsPerUser = 100;
    public const int MaxMembersPerList = 50;
    public const int MaxFilmsPerList = 1000;
    public const int MaxSavedWatchServices = 30;
}
