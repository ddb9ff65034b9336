using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using MovieRecommender.Core.Collaborative;
using MovieRecommender.Data;

namespace MovieRecommender.Web.Accounts;

/// <summary>
/// The accounts database's ratings as the background collaborative retrain reads them: counted cheaply, then streamed
/// without tracking in one scope per read (the retrain is a singleton; the context is scoped).
/// </summary>
public sealed class AccountsRatingsSource(IServiceScopeFactory scopes) : IAppRatingsSource
{
    public async Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        return await db.Ratings.LongCountAsync(cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<AppRating> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var rows = db.Ratings.AsNoTracking().Select(r => new { r.UserId, r.MovieId, r.HalfStars }).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return new AppRating(row.UserId, row.MovieId, (float)Data.Personal.RatingScale.ToStars(row.HalfStars));
        }
    }
}
