using MovieRecommender.Data.Personal;

namespace MovieRecommender.Data.Social;

/// <summary>
/// Profiles, follows and blocks, and the one visibility rule every social read uses: a user sees another's profile,
/// ratings and reviews only when the other's profile is public and neither has blocked the other (themselves always).
/// </summary>
public interface ISocialGraphStore
{
    Task<SocialProfile?> GetProfileAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>The profile with this handle (any visibility); callers decide what the viewer may see.</summary>
    Task<SocialProfile?> FindByHandleAsync(string handle, CancellationToken cancellationToken = default);

    /// <summary>Creates or updates the user's profile; a handle held by someone else is refused.</summary>
    Task<ProfileSaveResult> SaveProfileAsync(string userId, string handle, string displayName, bool isPublic, DateTime at, CancellationToken cancellationToken = default);

    /// <summary>True when <paramref name="viewerId"/> (null: signed out) may see <paramref name="owner"/>'s profile.</summary>
    Task<bool> CanSeeAsync(string? viewerId, SocialProfile owner, CancellationToken cancellationToken = default);

    Task<bool> IsBlockedEitherWayAsync(string userId, string otherId, CancellationToken cancellationToken = default);

    Task FollowAsync(string followerId, string followeeId, DateTime at, CancellationToken cancellationToken = default);
    Task<bool> UnfollowAsync(string followerId, string followeeId, CancellationToken cancellationToken = default);
    Task<bool> IsFollowingAsync(string followerId, string followeeId, CancellationToken cancellationToken = default);

    /// <summary>People the user follows, newest first.</summary>
    Task<PersonalPage<PersonSummary>> GetFollowingAsync(string userId, int offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>People who follow the user, newest first.</summary>
    Task<PersonalPage<PersonSummary>> GetFollowersAsync(string userId, int offset, int limit, CancellationToken cancellationToken = default);

    Task<(int Followers, int Following)> CountFollowsAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Blocks in one transaction: the block row, both follows between the two removed, and each removed from the
    /// shared lists the other owns.
    /// </summary>
    Task BlockAsync(string blockerId, string blockedId, DateTime at, CancellationToken cancellationToken = default);
    Task<bool> UnblockAsync(string blockerId, string blockedId, CancellationToken cancellationToken = default);
    Task<bool> HasBlockedAsync(string blockerId, string blockedId, CancellationToken cancellationToken = default);

    /// <summary>People the user has blocked, newest first.</summary>
    Task<PersonalPage<PersonSummary>> GetBlockedAsync(string userId, int offset, int limit, CancellationToken cancellationToken = default);
}
