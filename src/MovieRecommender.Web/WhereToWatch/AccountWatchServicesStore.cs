using MovieRecommender.Data.Personal;
using MovieRecommender.Web.Personal;

namespace MovieRecommender.Web.WhereToWatch;

/// <summary>
/// Signed-in users keep their services in the account (every device sees the same set); anonymous visitors in the
/// <c>mr_services</c> cookie. Until a signed-in user saves a set, the cookie from before they signed in is used,
/// and saving moves it into the account (and drops the cookie).
/// </summary>
public sealed class AccountWatchServicesStore(ISavedWatchServicesStore accounts) : IWatchServicesStore
{
    public async Task<IReadOnlyList<int>> ReadAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (CurrentUser.IdOrNull(context.User) is not { } userId)
        {
            return CookieWatchServicesStore.Read(context);
        }

        var saved = await accounts.GetAsync(userId, cancellationToken).ConfigureAwait(false);
        return saved.Count > 0 ? saved : CookieWatchServicesStore.Read(context);
    }

    public async Task SaveAsync(HttpContext context, IReadOnlyList<int> providerIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(providerIds);
        if (CurrentUser.IdOrNull(context.User) is not { } userId)
        {
            CookieWatchServicesStore.Save(context, providerIds);
            return;
        }

        await accounts.ReplaceAsync(userId, [.. providerIds.Where(id => id > 0).Distinct().Take(CookieWatchServicesStore.MaxServices)], cancellationToken).ConfigureAwait(false);
        if (context.Request.Cookies.ContainsKey(CookieWatchServicesStore.CookieName))
        {
            context.Response.Cookies.Delete(CookieWatchServicesStore.CookieName);
        }
    }
}
