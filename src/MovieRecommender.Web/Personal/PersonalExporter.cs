using MovieRecommender.Data.Identity;
using MovieRecommender.Data.Personal;
using MovieRecommender.Web.Personal.Contracts;

namespace MovieRecommender.Web.Personal;

/// <summary>Builds the export of everything stored about one user.</summary>
public sealed class PersonalExporter(IPersonalDataStore store, PersonalFilmMapper films, TimeProvider clock)
{
    public async Task<ExportDocument> ExportAsync(AppUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var profile = await store.GetProfileAsync(user.Id, cancellationToken).ConfigureAwait(false);
        var history = await store.GetAllHistoryAsync(user.Id, cancellationToken).ConfigureAwait(false);
        return new ExportDocument
        {
            ExportedAt = clock.GetUtcNow().UtcDateTime,
            Account = new ExportAccountDto(user.Id, user.Email, user.CreatedAt, user.LockoutEnabled, user.AccessFailedCount),
            Ratings = [.. profile.Ratings.Select(films.Rating)],
            Likes = [.. profile.Likes.Select(films.Like)],
            Watchlist = [.. profile.Watchlist.Select(films.Watchlist)],
            Watched = [.. profile.Watched.Select(films.Watched)],
            History = [.. history.Select(films.History)],
        };
    }
}
