using Microsoft.EntityFrameworkCore;

namespace MovieRecommender.Data.Personal;

/// <summary>EF Core implementation of <see cref="IPersonalDataStore"/> on the accounts database (SQLite or PostgreSQL).</summary>
public sealed class PersonalDataStore(AccountsDbContext db) : IPersonalDataStore
{
    // Rows per multi-row INSERT of an import: 4 parameters each stays far below SQLite's and PostgreSQL's limits.
    private const int ImportRowsPerStatement = 500;

    /// <summary>Opening the same film again within this time is one history entry, not a new one per reload.</summary>
    private static readonly TimeSpan RepeatOpenWindow = TimeSpan.FromMinutes(30);

    public Task SetRatingAsync(string userId, int movieId, int halfStars, DateTime ratedAt, CancellationToken cancellationToken = default)
    {
        if (RatingScale.ToStars(halfStars) is < RatingScale.MinStars or > RatingScale.MaxStars)
        {
            throw new ArgumentOutOfRangeException(nameof(halfStars), halfStars, "A rating is 1 to 10 half-stars.");
        }

        return db.Database.ExecuteSqlRawAsync(PersonalSql.UpsertRating, [userId, movieId, halfStars, Utc(ratedAt)], cancellationToken);
    }

    public async Task<bool> RemoveRatingAsync(string userId, int movieId, CancellationToken cancellationToken = default) =>
        await db.Ratings.Where(r => r.UserId == userId && r.MovieId == movieId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0;

    public Task<PersonalPage<FilmRating>> GetRatingsAsync(string userId, int offset, int limit, CancellationToken cancellationToken = default) =>
        PageAsync(db.Ratings.Where(r => r.UserId == userId).OrderByDescending(r => r.RatedAt).ThenBy(r => r.MovieId), offset, limit, cancellationToken);

    public Task SetLikeAsync(string userId, int movieId, DateTime likedAt, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync(PersonalSql.InsertLike, [userId, movieId, Utc(likedAt)], cancellationToken);

    public async Task<bool> RemoveLikeAsync(string userId, int movieId, CancellationToken cancellationToken = default) =>
        await db.Likes.Where(l => l.UserId == userId && l.MovieId == movieId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0;

    public Task<PersonalPage<FilmLike>> GetLikesAsync(string userId, int offset, int limit, CancellationToken cancellationToken = default) =>
        PageAsync(db.Likes.Where(l => l.UserId == userId).OrderByDescending(l => l.LikedAt).ThenBy(l => l.MovieId), offset, limit, cancellationToken);

    public Task AddToWatchlistAsync(string userId, int movieId, DateTime addedAt, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync(PersonalSql.InsertWatchlist, [userId, movieId, Utc(addedAt)], cancellationToken);

    public async Task<bool> RemoveFromWatchlistAsync(string userId, int movieId, CancellationToken cancellationToken = default) =>
        await db.Watchlist.Where(w => w.UserId == userId && w.MovieId == movieId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0;

    public Task<PersonalPage<WatchlistEntry>> GetWatchlistAsync(string userId, int offset, int limit, CancellationToken cancellationToken = default) =>
        PageAsync(db.Watchlist.Where(w => w.UserId == userId).OrderByDescending(w => w.AddedAt).ThenBy(w => w.MovieId), offset, limit, cancellationToken);

    public async Task MarkWatchedAsync(string userId, int movieId, DateOnly watchedOn, DateTime markedAt, CancellationToken cancellationToken = default)
    {
        var at = Utc(markedAt);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await db.Database.ExecuteSqlRawAsync(PersonalSql.UpsertWatched, [userId, movieId, watchedOn, at], cancellationToken).ConfigureAwait(false);
        await db.Database.ExecuteSqlRawAsync(PersonalSql.InsertHistory, [userId, movieId, (int)HistoryKind.Watched, at], cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> RemoveWatchedAsync(string userId, int movieId, CancellationToken cancellationToken = default) =>
        await db.Watched.Where(w => w.UserId == userId && w.MovieId == movieId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0;

    public Task<PersonalPage<WatchedFilm>> GetWatchedAsync(string userId, int offset, int limit, CancellationToken cancellationToken = default) =>
        PageAsync(db.Watched.Where(w => w.UserId == userId).OrderByDescending(w => w.WatchedOn).ThenByDescending(w => w.MarkedAt).ThenBy(w => w.MovieId),
            offset, limit, cancellationToken);

    public async Task RecordOpenedAsync(string userId, int movieId, DateTime openedAt, CancellationToken cancellationToken = default)
    {
        var at = Utc(openedAt);
        var newest = await db.History.AsNoTracking().Where(h => h.UserId == userId).OrderByDescending(h => h.At).ThenByDescending(h => h.Id)
            .Select(h => new { h.MovieId, h.Kind, h.At }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (newest is not null && newest.MovieId == movieId && newest.Kind == HistoryKind.Opened && at - newest.At < RepeatOpenWindow)
        {
            return;
        }

        await db.Database.ExecuteSqlRawAsync(PersonalSql.InsertHistory, [userId, movieId, (int)HistoryKind.Opened, at], cancellationToken).ConfigureAwait(false);
    }

    public Task<PersonalPage<HistoryEntry>> GetHistoryAsync(string userId, int offset, int limit, CancellationToken cancellationToken = default) =>
        PageAsync(db.History.Where(h => h.UserId == userId).OrderByDescending(h => h.At).ThenByDescending(h => h.Id), offset, limit, cancellationToken);

    public async Task<IReadOnlyList<HistoryEntry>> GetAllHistoryAsync(string userId, CancellationToken cancellationToken = default) =>
        await db.History.AsNoTracking().Where(h => h.UserId == userId).OrderByDescending(h => h.At).ThenByDescending(h => h.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    public async Task<PersonalProfile> GetProfileAsync(string userId, CancellationToken cancellationToken = default)
    {
        // One after another: a DbContext runs one query at a time.
        var ratings = await db.Ratings.AsNoTracking().Where(r => r.UserId == userId).OrderByDescending(r => r.RatedAt).ToListAsync(cancellationToken).ConfigureAwait(false);
        var likes = await db.Likes.AsNoTracking().Where(l => l.UserId == userId).OrderByDescending(l => l.LikedAt).ToListAsync(cancellationToken).ConfigureAwait(false);
        var watchlist = await db.Watchlist.AsNoTracking().Where(w => w.UserId == userId).OrderByDescending(w => w.AddedAt).ToListAsync(cancellationToken).ConfigureAwait(false);
        var watched = await db.Watched.AsNoTracking().Where(w => w.UserId == userId).OrderByDescending(w => w.WatchedOn).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new PersonalProfile(ratings, likes, watchlist, watched);
    }

    public async Task<IReadOnlyDictionary<int, FilmMarks>> GetMarksAsync(string userId, IReadOnlyCollection<int> movieIds, CancellationToken cancellationToken = default)
    {
        var marks = new Dictionary<int, FilmMarks>();
        if (movieIds.Count == 0)
        {
            return marks;
        }

        var ids = movieIds.Distinct().ToList();
        var ratings = await db.Ratings.AsNoTracking().Where(r => r.UserId == userId && ids.Contains(r.MovieId))
            .Select(r => new { r.MovieId, r.HalfStars }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var likes = await db.Likes.AsNoTracking().Where(l => l.UserId == userId && ids.Contains(l.MovieId))
            .Select(l => l.MovieId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var watchlist = await db.Watchlist.AsNoTracking().Where(w => w.UserId == userId && ids.Contains(w.MovieId))
            .Select(w => w.MovieId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var watched = await db.Watched.AsNoTracking().Where(w => w.UserId == userId && ids.Contains(w.MovieId))
            .Select(w => new { w.MovieId, w.WatchedOn }).ToListAsync(cancellationToken).ConfigureAwait(false);

        FilmMarks Get(int id) => marks.TryGetValue(id, out var m) ? m : FilmMarks.None(id);
        foreach (var r in ratings)
        {
            marks[r.MovieId] = Get(r.MovieId) with { HalfStars = r.HalfStars };
        }

        foreach (var id in likes)
        {
            marks[id] = Get(id) with { Liked = true };
        }

        foreach (var id in watchlist)
        {
            marks[id] = Get(id) with { OnWatchlist = true };
        }

        foreach (var w in watched)
        {
            marks[w.MovieId] = Get(w.MovieId) with { WatchedOn = w.WatchedOn };
        }

        return marks;
    }

    public async Task<int> ImportAsync(string userId, ImportBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        int changed = await InsertChunksAsync(batch.Ratings, PersonalSql.RatingsImport, r => [userId, r.MovieId, r.HalfStars, Utc(r.RatedAt)], cancellationToken).ConfigureAwait(false);
        changed += await InsertChunksAsync(batch.Likes, PersonalSql.LikesImport, l => [userId, l.MovieId, Utc(l.LikedAt)], cancellationToken).ConfigureAwait(false);
        changed += await InsertChunksAsync(batch.Watchlist, PersonalSql.WatchlistImport, w => [userId, w.MovieId, Utc(w.AddedAt)], cancellationToken).ConfigureAwait(false);
        changed += await InsertChunksAsync(batch.Watched, PersonalSql.WatchedImport, w => [userId, w.MovieId, w.WatchedOn, Utc(w.MarkedAt)], cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return changed;
    }

    private async Task<int> InsertChunksAsync<T>(IReadOnlyList<T> rows, Func<int, string> sqlFor, Func<T, object[]> values, CancellationToken cancellationToken)
    {
        int affected = 0;
        foreach (var chunk in rows.Chunk(ImportRowsPerStatement))
        {
            var parameters = chunk.SelectMany(values).ToArray();
            affected += await db.Database.ExecuteSqlRawAsync(sqlFor(chunk.Length), parameters, cancellationToken).ConfigureAwait(false);
        }

        return affected;
    }

    private static async Task<PersonalPage<T>> PageAsync<T>(IQueryable<T> query, int offset, int limit, CancellationToken cancellationToken)
        where T : class
    {
        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var items = await query.AsNoTracking().Skip(offset).Take(limit).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new PersonalPage<T>(items, total, offset);
    }

    /// <summary>PostgreSQL's timestamptz takes only UTC DateTimes; a local or unspecified one is taken as UTC.</summary>
    private static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
