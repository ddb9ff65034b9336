using Microsoft.EntityFrameworkCore;
using MovieRecommender.Data.Personal;

namespace MovieRecommender.Data.Social;

/// <summary>EF Core implementation of <see cref="IFriendsStore"/>.</summary>
public sealed class FriendsStore(AccountsDbContext db) : IFriendsStore
{
    public async Task<PersonalPage<FeedItem>> GetFeedAsync(string userId, int offset, int limit, CancellationToken cancellationToken = default)
    {
        var visible =
            from f in db.Follows
            where f.FollowerId == userId
            join p in db.Profiles on f.FolloweeId equals p.UserId
            where p.IsPublic && !db.Blocks.Any(b => (b.BlockerId == p.UserId && b.BlockedId == userId) || (b.BlockerId == userId && b.BlockedId == p.UserId))
            select p;

        var ratings = from r in db.Ratings join p in visible on r.UserId equals p.UserId select new { r, p };
        var reviews = from r in db.Reviews join p in visible on r.UserId equals p.UserId select new { r, p };
        var total = await ratings.CountAsync(cancellationToken).ConfigureAwait(false) + await reviews.CountAsync(cancellationToken).ConfigureAwait(false);

        // Both kinds sorted by time in the database, each cut at the deepest row this page can need, merged here.
        var window = offset + limit;
        var newestRatings = await ratings.OrderByDescending(x => x.r.RatedAt).ThenBy(x => x.r.MovieId).Take(window)
            .Select(x => new FeedItem(new PersonSummary(x.p.UserId, x.p.Handle, x.p.DisplayName), FeedItemKind.Rating, x.r.MovieId, x.r.HalfStars, null, false, x.r.RatedAt))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var newestReviews = await reviews.OrderByDescending(x => x.r.WrittenAt).ThenBy(x => x.r.MovieId).Take(window)
            .Select(x => new FeedItem(new PersonSummary(x.p.UserId, x.p.Handle, x.p.DisplayName), FeedItemKind.Review, x.r.MovieId, null, x.r.Text, x.r.ContainsSpoilers, x.r.WrittenAt))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var page = newestRatings.Concat(newestReviews)
            .OrderByDescending(i => i.At).ThenBy(i => i.Kind).ThenBy(i => i.MovieId)
            .Skip(offset).Take(limit).ToList();
        return new PersonalPage<FeedItem>(page, total, offset);
    }

    public async Task<bool> AreFriendsAsync(string userId, string otherId, CancellationToken cancellationToken = default) =>
        userId != otherId
        && await db.Follows.CountAsync(f => (f.FollowerId == userId && f.FolloweeId == otherId) || (f.FollowerId == otherId && f.FolloweeId == userId), cancellationToken)
            .ConfigureAwait(false) == 2;

    public async Task<PersonalPage<WatchlistEntry>> GetCommonWatchlistAsync(string userId, string otherId, int offset, int limit, CancellationToken cancellationToken = default)
    {
        var query = db.Watchlist.AsNoTracking()
            .Where(w => w.UserId == userId && db.Watchlist.Any(o => o.UserId == otherId && o.MovieId == w.MovieId));
        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var items = await query.OrderByDescending(w => w.AddedAt).ThenBy(w => w.MovieId).Skip(offset).Take(limit).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new PersonalPage<WatchlistEntry>(items, total, offset);
    }
}
