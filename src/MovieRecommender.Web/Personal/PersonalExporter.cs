using MovieRecommender.Data.Identity;
using MovieRecommender.Data.Personal;
using MovieRecommender.Data.Social;
using MovieRecommender.Web.Social;
using MovieRecommender.Web.Social.Contracts;
using MovieRecommender.Web.Personal.Contracts;

namespace MovieRecommender.Web.Personal;

/// <summary>Builds the export of everything stored about one user.</summary>
public sealed class PersonalExporter(
    IPersonalDataStore store,
    PersonalFilmMapper films,
    ISocialGraphStore graph,
    IReviewStore reviews,
    ISharedListStore lists,
    ISavedWatchServicesStore services,
    SocialMapper social,
    TimeProvider clock)
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
            Social = await SocialAsync(user.Id, cancellationToken).ConfigureAwait(false),
        };
    }

    private async Task<ExportSocialDto> SocialAsync(string userId, CancellationToken cancellationToken)
    {
        var profile = await graph.GetProfileAsync(userId, cancellationToken).ConfigureAwait(false);
        var (followers, following) = await graph.CountFollowsAsync(userId, cancellationToken).ConfigureAwait(false);
        var author = profile is null ? null : new PersonDto(profile.Handle, profile.DisplayName);
        return new ExportSocialDto
        {
            Profile = profile is null ? null : new MyProfileDto(profile.Handle, profile.DisplayName, profile.IsPublic, followers, following),
            Following = social.People(await graph.GetFollowingAsync(userId, 0, int.MaxValue, cancellationToken).ConfigureAwait(false)).Results,
            Followers = social.People(await graph.GetFollowersAsync(userId, 0, int.MaxValue, cancellationToken).ConfigureAwait(false)).Results,
            Blocked = social.People(await graph.GetBlockedAsync(userId, 0, int.MaxValue, cancellationToken).ConfigureAwait(false)).Results,
            Reviews = social.OwnReviews(await reviews.GetReviewsByAsync(userId, 0, int.MaxValue, cancellationToken).ConfigureAwait(false), author).Results,
            Lists = [.. (await lists.GetListsOfAsync(userId, cancellationToken).ConfigureAwait(false)).Select(SocialMapper.Summary)],
            WatchServices = await services.GetAsync(userId, cancellationToken).ConfigureAwait(false),
        };
    }
}
