using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MovieRecommender.Web.RateLimiting;
using MovieRecommender.Web.Accounts;
using MovieRecommender.Data.Identity;
using MovieRecommender.Web.Personal.Contracts;

namespace MovieRecommender.Web.Personal;

/// <summary>The user's data as a whole: export it, or delete the account with every row about it.</summary>
[ApiController]
[Authorize(AuthenticationSchemes = AccountSchemes.Api)]
[IgnoreAntiforgeryToken]
[EnableRateLimiting(RateLimitPolicyNames.Api)]
[TypeFilter(typeof(CookieAntiforgeryFilter))]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
public sealed class MeAccountApiController(UserManager<AppUser> users, SignInManager<AppUser> signIn, PersonalExporter exporter, AccountDeletion deletion) : ControllerBase
{
    public const string ExportFileName = "movierecommender-export.json";

    /// <summary>Everything stored about the user as JSON (account, ratings, likes, watchlist, watched, history).</summary>
    [HttpGet("/api/v1/me/export")]
    [ProducesResponseType<ExportDocument>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Export(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User).ConfigureAwait(false);
        if (user is null)
        {
            return Unauthorized();
        }

        Response.Headers.ContentDisposition = $"attachment; filename=\"{ExportFileName}\"";
        return Ok(await exporter.ExportAsync(user, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Deletes the account and every row about it (ratings, likes, watchlist, watched, history, analytics events), then signs out.</summary>
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    [HttpDelete("/api/v1/me")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> Delete(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User).ConfigureAwait(false);
        if (user is null)
        {
            return Unauthorized();
        }

        await deletion.DeleteAsync(user, cancellationToken).ConfigureAwait(false);
        await signIn.SignOutAsync().ConfigureAwait(false);
        return NoContent();
    }
}
