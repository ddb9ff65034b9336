using MovieRecommender.Data.Personal;

namespace MovieRecommender.Data.Social;

/// <summary>Short text reviews, one per user and film; reads apply the visibility rule of <see cref="ISocialGraphStore"/>.</summary>
public interface IReviewStore
{
    /// <summary>Writes or replaces the user's review of a film.</summary>
    Task SetReviewAsync(string userId, int movieId, string text, bool containsSpoilers, DateTime at, CancellationToken cancellationToken = default);
    Task<bool> RemoveReviewAsync(string userId, int movieId, CancellationToken cancellationToken = default);
    Task<FilmReview?> GetReviewAsync(string userId, int movieId, CancellationToken cancellationToken = default);

    /// <summary>The user's own reviews, newest first.</summary>
    Task<PersonalPage<FilmReview>> GetReviewsByAsync(string userId, int offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reviews of a film the viewer (null: signed out) may see, newest first: by public profiles that have not blocked
    /// the viewer and that the viewer has not blocked, plus the viewer's own.
    /// </summary>
    Task<PersonalPage<ReviewEntry>> GetFilmReviewsAsync(int movieId, string? viewerId, int offset, int limit, CancellationToken cancellationToken = default);
}
