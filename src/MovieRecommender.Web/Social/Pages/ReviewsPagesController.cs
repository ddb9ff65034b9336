using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MovieRecommender.Data.Social;
using MovieRecommender.Web.Accounts;
using MovieRecommender.Web.Personal;
using MovieRecommender.Web.RateLimiting;

namespace MovieRecommender.Web.Social.Pages;

/// <summary>The film page's review form: write, replace or delete the user's review, then back to the film.</summary>
[Authorize(AuthenticationSchemes = AccountSchemes.Cookie)]
[EnableRateLimiting(RateLimitPolicyNames.Writes)]
public sealed class ReviewsPagesController(IReviewStore reviews, PersonalFilmMapper films, TimeProvider clock) : Controller
{
    public const string ReviewsAnchor = "#reviews";

    [HttpPost("/movies/{id:int}/review")]
    public async Task<IActionResult> Save(int id, [FromForm] string? text, [FromForm] bool containsSpoilers, CancellationToken cancellationToken)
    {
        if (films.Find(id) is null)
        {
            return NotFound();
        }

        if (SocialInput.Review(text) is not { } valid)
        {
            return BadRequest();
        }

        await reviews.SetReviewAsync(CurrentUser.Id(User), id, valid, containsSpoilers, clock.GetUtcNow().UtcDateTime, cancellationToken).ConfigureAwait(false);
        return Redirect("/movies/" + id + ReviewsAnchor);
    }

    [HttpPost("/movies/{id:int}/review/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        await reviews.RemoveReviewAsync(CurrentUser.Id(User), id, cancellationToken).ConfigureAwait(false);
        return Redirect("/movies/" + id + ReviewsAnchor);
    }
}
