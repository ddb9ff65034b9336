using Microsoft.EntityFrameworkCore;
using MovieRecommender.Data.Personal;

namespace MovieRecommender.Data.Social;

/// <summary>EF Core implementation of <see cref="IReviewStore"/>.</summary>
public sealed class ReviewStore(AccountsDbContext db) : IReviewStore
{
    public Task SetReviewAsync(string userId, int movieId, string text, bool containsSpoilers, DateTime at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (text.Length > SocialLimits.MaxReviewLength)
        {
            throw new ArgumentOutOfRangeException(nameof(text), text.Length, $"A review is at most {SocialLimits.MaxReviewLength} characters.");
        }

        return db.Database.ExecuteSqlRawAsync(SocialSql.UpsertReview, [userId, movieId, text, containsSpoilers, UtcTime.Of(at)], cancellationToken);
    }

    public async Task<bool> RemoveReviewAsync(string userId, int movieId, CancellationToken cancellationToken = default) =>
        await db.Reviews.Where(r => r.UserId == userId && r.MovieId == movieId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0;

    public async Task<FilmReview?> GetReviewAsync(string userId, int movieId, CancellationToken cancellationToken = default) =>
        await db.Reviews.AsNoTracking().FirstOrDefaultAsync(r => r.UserId == userId && r.MovieId == movieId, cancellationToken).ConfigureAwait(false);

    public async Task<PersonalPage<FilmReview>> GetReviewsByAsync(string userId, int offset, int limit, CancellationToken cancellationToken = default)
    {
        var query = db.Reviews.AsNoTracking().Where(r => r.UserId == userId);
        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var items = await query.OrderByDescending(r => r.WrittenAt).ThenBy(r => r.MovieId).Skip(offset).Take(limit).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new PersonalPage<FilmReview>(items, total, offset);
    }

    public async Task<PersonalPage<ReviewEntry>> GetFilmReviewsAsync(int movieId, string? viewerId, int offset, int limit, CancellationToken cancellationToken = default)
    {
        var query =
            from r in db.Reviews
            where r.MovieId == movieId
            join p in db.Profiles on r.UserId equals p.UserId
            where r.UserId == viewerId
                || (p.IsPublic && !db.Blocks.Any(b => (b.BlockerId == r.UserId && b.BlockedId == viewerId) || (b.BlockerId == viewerId && b.BlockedId == r.UserId)))
            select new { r, p };
        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await query.OrderByDescending(x => x.r.WrittenAt).ThenBy(x => x.p.Handle).Skip(offset).Take(limit)
            .Select(x => new ReviewEntry(new PersonSummary(x.p.UserId, x.p.Handle, x.p.DisplayName), x.r.MovieId, x.r.Text, x.r.ContainsSpoilers, x.r.WrittenAt))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new PersonalPage<ReviewEntry>(rows, total, offset);
    }
}
