using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MovieRecommender.Web.Accounts;
using MovieRecommender.Web.Filters;

namespace MovieRecommender.Web.Personal;

/// <summary>/for-you: recommendations from everything the user rated, liked and watched.</summary>
[Authorize(AuthenticationSchemes = AccountSchemes.Cookie)]
public sealed class ForYouController(ForYouPageBuilder pages) : Controller
{
    [HttpGet("/for-you")]
    [RequiresModel]
    public async Task<IActionResult> Index([FromQuery] PersonalRecommendationQuery query, CancellationToken cancellationToken)
    {
        var (model, status) = await pages.BuildAsync(CurrentUser.Id(User), query, ModelState, Request, cancellationToken).ConfigureAwait(false);
        Response.StatusCode = status;
        return View(model);
    }
}
