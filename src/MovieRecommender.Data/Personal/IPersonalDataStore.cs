namespace MovieRecommender.Data.Personal;

/// <summary>
/// A user's ratings, likes, watchlist, watched films and history. Every method takes the user id first and
/// touches only that user's rows. Writes are idempotent upserts keyed by (user, film), so retries and two tabs
/// writing at once end with one row; a method returns only after the database has committed the write.
/// </summary>
public interface IPersonalDataStore
{
    Task SetRatingAsync(string userId, int movieId, int halfStars, DateTime ratedAt, CancellationToken cancellationToken = default);
    Task<bool> RemoveRatingAsync(string userId, int movieId, CancellationToken cancellationToken = default);
    Task<PersonalPage<FilmRating>> GetRatingsAsync(string userId, int offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>Likes a film; liking it again keeps the first date.</summary>
    Task SetLikeAsync(string userId, int movieId, DateTime likedAt, CancellationToken cancellationToken = default);
    Task<bool> RemoveLikeAsync(string userId, int movieId, CancellationToken cancellationToken = default);
    Task<PersonalPage<FilmLike>> GetLikesAsync(string userId, int offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>Adds a film to the watchlist; adding it again keeps the first date.</summary>
    Task AddToWatchlistAsync(string userId, int movieId, DateTime addedAt, CancellationToken cancellationToken = default);
    Task<bool> RemoveFromWatchlistAsync(string userId, int movieId, CancellationToken cancellationToken = default);
    Task<PersonalPage<WatchlistEntry>> GetWatchlistAsync(string userId, int offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>Marks a film watched on a day (and records it in the history), in one transaction.</summary>
    Task MarkWatchedAsync(string userId, int movieId, DateOnly watchedOn, DateTime markedAt, CancellationToken cancellationToken = default);
    Task<bool> RemoveWatchedAsync(string userId, int movieId, CancellationToken cancellationToken = default);
    Task<PersonalPage<WatchedFilm>> GetWatchedAsync(string userId, int offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>Records that the user opened a film's page; a repeat of the newest entry within a short while is not recorded again.</summary>
    Task RecordOpenedAsync(string userId, int movieId, DateTime openedAt, CancellationToken cancellationToken = default);
    Task<PersonalPage<HistoryEntry>> GetHistoryAsync(string userId, int offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>Ratings, likes, watchlist and watched films of the user, all of them.</summary>
    Task<PersonalProfile> GetProfileAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>The user's marks on the given films (films without any mark are left out).</summary>
    Task<IReadOnlyDictionary<int, FilmMarks>> GetMarksAsync(string userId, IReadOnlyCollection<int> movieIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies an import in one transaction and returns how many rows it added or changed (0 when every row was
    /// already stored with the same values).
    /// </summary>
    Task<int> ImportAsync(string userId, ImportBatch batch, CancellationToken cancellationToken = default);

    /// <summary>Every history row of the user (for the export).</summary>
    Task<IReadOnlyList<HistoryEntry>> GetAllHistoryAsync(string userId, CancellationToken cancellationToken = default);
}
