using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Web.Filters;
using MovieRecommender.Web.Presentation;
using MovieRecommender.Web.Queries;
using MovieRecommender.Web.RateLimiting;

namespace MovieRecommender.Web.Controllers;

/// <summary>Film details and films by a person.</summary>
[RequiresModel]
[EnableRateLimiting(RateLimitPolicyNames.Pages)]
public sealed class MoviesController(PageBuilder pages) : Controller
{
    private const int MaxNameLength = 200;

    [HttpGet("/movies/{id:int}")]
    [HttpHead("/movies/{id:int}")]
    public IActionResult Details(int id)
    {
        var model = pages.Details(id);
        return model is null ? NotFound() : View(model);
    }

    /// <summary>More films by a director (<c>role=director</c>) or cast member (<c>role=cast</c>).</summary>
    [HttpGet("/people")]
    public IActionResult Person([FromQuery] string? name, [FromQuery] string? role, [FromQuery] int? page)
    {
        var trimmed = name?.Trim();
        var validRole = role is null || role.Equals("director", StringComparison.OrdinalIgnoreCase) || role.Equals("cast", StringComparison.OrdinalIgnoreCase);
        if (!ModelState.IsValid || string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxNameLength || !TextRules.IsPlainText(trimmed)
            || !validRole || page is < 1 or > QueryLimits.MaxPage)
        {
            return BadRequest();
        }

        var personRole = string.Equals(role, "cast", StringComparison.OrdinalIgnoreCase) ? PersonRole.Cast : PersonRole.Director;
        return View(pages.Person(trimmed, personRole, page ?? 1, Request));
    }
}
