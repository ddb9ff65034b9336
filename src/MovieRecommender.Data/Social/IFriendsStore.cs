using MovieRecommender.Data.Personal;

namespace MovieRecommender.Data.Social;

/// <summary>What the people a user follows did, and what two friends both want to see.</summary>
public interface IFriendsStore
{
    /// <summary>
    /// Ratings and reviews of the people the user follows, newest first, only while their profile is public and
    /// neither has blocked the other. <paramref name="offset"/> + <paramref name="limit"/> rows of each kind are read.
    /// </summary>
    Task<PersonalPage<FeedItem>> GetFeedAsync(string userId, int offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>True when each follows the other (and so neither has blocked the other: a block removes both follows).</summary>
    Task<bool> AreFriendsAsync(string userId, string otherId, CancellationToken cancellationToken = default);

    /// <summary>Films on both users' watchlists, most recently added by <paramref name="userId"/> first.</summary>
    Task<PersonalPage<WatchlistEntry>> GetCommonWatchlistAsync(string userId, string otherId, int offset, int limit, CancellationToken cancellationToken = default);
}
