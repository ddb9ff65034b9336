using Microsoft.AspNetCore.Mvc;
using MovieRecommender.Web.Personal;

namespace MovieRecommender.Web.Social.Pages;

/// <summary>
/// The film page's reviews and "add to a shared list": rendered per request (the rest of the page may be cached),
/// because what a viewer may see depends on who they are.
/// </summary>
public sealed class FilmSocialViewComponent(SocialPageBuilder pages) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int movieId, string title) =>
        View("~/Views/Social/FilmSocial.cshtml", await pages.FilmAsync(movieId, title, CurrentUser.IdOrNull(UserClaimsPrincipal), HttpContext.RequestAborted).ConfigureAwait(false));
}
