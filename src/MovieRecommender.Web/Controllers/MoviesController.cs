using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Data.Personal;
using MovieRecommender.Web.Filters;
using MovieRecommender.Web.Presentation;
using MovieRecommender.Web.Queries;
using MovieRecommender.Web.RateLimiting;

namespace MovieRecommender.Web.Controllers;

/// <summary>Film details and films by a person.</summary>
[RequiresModel]
[EnableRateLimiting(RateLimitPolicyNames.Pages)]
public sealed class MoviesController(PageBuilder pages, IPersonalDataStore personal, TimeProvider clock) : Controller
{
    private const int MaxNameLength = 200;

    [HttpGet("/movies/{id:int}")]
    [HttpHead("/movies/{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var model = await pages.DetailsAsync(id, cancellationToken).ConfigureAwait(false);
        if (model is null)
        {
            return NotFound();
        }

        // A signed-in visit is part of the user's history (GET only: HEAD is a probe, not a visit).
        if (HttpMethods.IsGet(Request.Method) && Personal.CurrentUser.IdOrNull(User) is { } userId)
        {
            await personal.RecordOpenedAsync(userId, id, clock.GetUtcNow().UtcDateTime, cancellationToken).ConfigureAwait(false);
        }

        return View(model);
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
