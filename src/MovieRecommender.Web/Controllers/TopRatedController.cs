using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MovieRecommender.Web.Filters;
using MovieRecommender.Web.Presentation;
using MovieRecommender.Web.Queries;
using MovieRecommender.Web.RateLimiting;

namespace MovieRecommender.Web.Controllers;

[EnableRateLimiting(RateLimitPolicyNames.Pages)]
public sealed class TopRatedController(PageBuilder pages) : Controller
{
    [HttpGet("/top-rated")]
    [HttpHead("/top-rated")]
    [RequiresModel]
    public async Task<IActionResult> Index([FromQuery] MovieFilterQuery query)
    {
        var (model, status) = await pages.TopRatedAsync(query, ModelState, Request);
        Response.StatusCode = status;
        return View(model);
    }
}
