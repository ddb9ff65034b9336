using Microsoft.AspNetCore.Identity;
using MovieRecommender.Data.Identity;
using MovieRecommender.Web.Analytics;

namespace MovieRecommender.Web.Personal;

/// <summary>
/// Deletes an account and every row about it: the accounts database's rows (cascading from the user) and the
/// analytics events recorded while signed in, which may live in another database. The one path for the page and
/// the API, so neither can forget the analytics.
/// </summary>
public sealed class AccountDeletion(UserManager<AppUser> users, AnalyticsErasure analytics)
{
    public async Task DeleteAsync(AppUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        // Analytics first: if that database is down the account stays and the user can retry, instead of the
        // account being gone with its events left behind and nothing left to retry from.
        await analytics.EraseUserAsync(user.Id, cancellationToken).ConfigureAwait(false);
        var result = await users.DeleteAsync(user).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The account could not be deleted: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
