using Microsoft.AspNetCore.Mvc;
using MovieRecommender.Web.Filters;
using MovieRecommender.Web.Presentation;
using MovieRecommender.Web.Queries;

namespace MovieRecommender.Web.Controllers;

public sealed class TopRatedController(PageBuilder pages) : Controller
{
    [HttpGet("/top-rated")]
    [HttpHead("/top-rated")]
    [RequiresModel]
    public IActionResult Index([FromQuery] MovieFilterQuery query)
    {
        var (model, status) = pages.TopRated(query, ModelState, Request);
        Response.StatusCode = status;
        return View(model);
    }
}
