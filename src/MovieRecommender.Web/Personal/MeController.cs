using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using MovieRecommender.Data.Identity;
using MovieRecommender.Web.Accounts;
using MovieRecommender.Web.Queries;

namespace MovieRecommender.Web.Personal;

/// <summary>/me: the user's ratings, likes, watchlist, watched films and history, with export and account deletion.</summary>
[Authorize(AuthenticationSchemes = AccountSchemes.Cookie)]
public sealed class MeController(MePageBuilder pages, LetterboxdExporter letterboxd, UserManager<AppUser> users, SignInManager<AppUser> signIn, AccountDeletion deletion) : Controller
{
    [HttpGet("/me")]
    public async Task<IActionResult> Index([FromQuery] string? list, [FromQuery] int? page, CancellationToken cancellationToken)
    {
        if (!MePageBuilder.IsList(list) || page is < 1 or > QueryLimits.MaxPage)
        {
            return BadRequest();
        }

        var model = await pages.BuildAsync(CurrentUser.Id(User), User.Identity?.Name ?? string.Empty, list, page ?? 1, Request, cancellationToken).ConfigureAwait(false);
        return View(model);
    }

    /// <summary>Ratings, watched films, watchlist and likes in Letterboxd's export layout (zip of CSVs).</summary>
    [HttpGet("/me/export/letterboxd.zip")]
    public async Task<IActionResult> ExportLetterboxd(CancellationToken cancellationToken) =>
        File(await letterboxd.ExportAsync(CurrentUser.Id(User), cancellationToken).ConfigureAwait(false), "application/zip", LetterboxdExporter.FileName);

    /// <summary>Deletes the account and every row about it after the confirmation box was ticked.</summary>
    [HttpPost("/me/delete")]
    public async Task<IActionResult> Delete([FromForm] bool confirm, CancellationToken cancellationToken)
    {
        if (!confirm)
        {
            return LocalRedirect("/me");
        }

        var user = await users.GetUserAsync(User).ConfigureAwait(false);
        if (user is not null)
        {
            await deletion.DeleteAsync(user, cancellationToken).ConfigureAwait(false);
        }

        await signIn.SignOutAsync().ConfigureAwait(false);
        return LocalRedirect("/?deleted=1");
    }
}
