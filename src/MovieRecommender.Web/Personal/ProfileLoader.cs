using MovieRecommender.Core.Personalization;
using MovieRecommender.Data.Personal;

namespace MovieRecommender.Web.Personal;

/// <summary>Reads a user's stored marks as the engine's <see cref="UserProfile"/>.</summary>
public sealed class ProfileLoader(IPersonalDataStore store)
{
    public async Task<UserProfile> LoadAsync(string userId, CancellationToken cancellationToken)
    {
        var stored = await store.GetProfileAsync(userId, cancellationToken).ConfigureAwait(false);
        return new UserProfile
        {
            Ratings = [.. stored.Ratings.Select(r => new ProfileRating(r.MovieId, RatingScale.ToStars(r.HalfStars), r.RatedAt))],
            Likes = [.. stored.Likes.Select(l => new ProfileEvent(l.MovieId, l.LikedAt))],
            // The watch day is the user's calendar day; noon UTC keeps it on that day for recency.
            Watched = [.. stored.Watched.Select(w => new ProfileEvent(w.MovieId, w.WatchedOn.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc)))],
            Watchlist = [.. stored.Watchlist.Select(w => new ProfileEvent(w.MovieId, w.AddedAt))],
        };
    }
}
