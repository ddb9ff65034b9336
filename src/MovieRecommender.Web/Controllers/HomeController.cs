using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MovieRecommender.Web.Filters;
using MovieRecommender.Web.Presentation;
using MovieRecommender.Web.Queries;
using MovieRecommender.Web.RateLimiting;

namespace MovieRecommender.Web.Controllers;

/// <summary>Home: search, recommendations for a film, or the top films when nothing was asked.</summary>
[EnableRateLimiting(RateLimitPolicyNames.Pages)]
[RecommendationCost]
public sealed class HomeController(PageBuilder pages) : Controller
{
    [HttpGet("/")]
    [HttpHead("/")]
    [RequiresModel]
    public async Task<IActionResult> Index([FromQuery] RecommendationQuery query)
    {
        var (model, status) = await pages.HomeAsync(query, ModelState, Request);
        Response.StatusCode = status;
        return View(model);
    }
}
