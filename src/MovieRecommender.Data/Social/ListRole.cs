namespace MovieRecommender.Data.Social;

/// <summary>A member's role in a shared list. Values are stored: never renumber.</summary>
public enum ListRole
{
    /// <summary>Created the list: renames, publishes, invites, removes members, deletes it.</summary>
    Owner = 1,

    /// <summary>Joined by the invite link: adds and removes films, leaves.</summary>
    Member = 2,
}
