using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MovieRecommender.Data.Social;
using MovieRecommender.Web.Accounts;
using MovieRecommender.Web.Apis;
using MovieRecommender.Web.Filters;
using MovieRecommender.Web.Personal;
using MovieRecommender.Web.RateLimiting;
using MovieRecommender.Web.Social.Contracts;

namespace MovieRecommender.Web.Social;

/// <summary>Short text reviews with a spoiler flag: the user's own, and a film's as the viewer may see them.</summary>
[ApiController]
[Authorize(AuthenticationSchemes = AccountSchemes.Api)]
[IgnoreAntiforgeryToken]
[EnableRateLimiting(RateLimitPolicyNames.Api)]
[TypeFilter(typeof(CookieAntiforgeryFilter))]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
public sealed class ReviewsApiController(IReviewStore reviews, ISocialGraphStore graph, PersonalFilmMapper films, SocialMapper mapper, TimeProvider clock) : ControllerBase
{
    /// <summary>Writes or replaces the user's review of a film (shown to others only while their profile is public).</summary>
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    [HttpPut("/api/v1/me/reviews/{movieId:int}")]
    [RequiresModel]
    [ProducesResponseType<ReviewDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Put(int movieId, [FromBody] ReviewRequest? body, CancellationToken cancellationToken)
    {
        if (SocialInput.Review(body?.Text) is not { } text)
        {
            ModelState.AddModelError("text", SocialInput.ReviewRule(HttpContext));
            return ValidationProblem(ModelState);
        }

        if (films.Find(movieId) is null)
        {
            return ProblemResults.NoSuchFilm(HttpContext, movieId);
        }

        var userId = CurrentUser.Id(User);
        var at = clock.GetUtcNow().UtcDateTime;
        await reviews.SetReviewAsync(userId, movieId, text, body!.ContainsSpoilers, at, cancellationToken).ConfigureAwait(false);
        var profile = await graph.GetProfileAsync(userId, cancellationToken).ConfigureAwait(false);
        return Ok(new ReviewDto(profile is null ? null : new PersonDto(profile.Handle, profile.DisplayName), films.Film(movieId), text, body.ContainsSpoilers, at));
    }

    /// <summary>Deletes the user's review (204 whether or not there was one).</summary>
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    [HttpDelete("/api/v1/me/reviews/{movieId:int}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> Delete(int movieId, CancellationToken cancellationToken)
    {
        await reviews.RemoveReviewAsync(CurrentUser.Id(User), movieId, cancellationToken).ConfigureAwait(false);
        return NoContent();
    }

    /// <summary>The user's reviews, newest first.</summary>
    [HttpGet("/api/v1/me/reviews")]
    public async Task<ReviewsResponse> Mine([FromQuery] PageQuery page, CancellationToken cancellationToken)
    {
        var userId = CurrentUser.Id(User);
        var profile = await graph.GetProfileAsync(userId, cancellationToken).ConfigureAwait(false);
        return mapper.OwnReviews(await reviews.GetReviewsByAsync(userId, page.Skip, page.Count, cancellationToken).ConfigureAwait(false),
            profile is null ? null : new PersonDto(profile.Handle, profile.DisplayName));
    }

    /// <summary>A film's reviews the viewer may see (public profiles that neither blocked nor were blocked by the viewer, and the viewer's own).</summary>
    [AllowAnonymous]
    [HttpGet("/api/v1/movies/{movieId:int}/reviews")]
    [ProducesResponseType<ReviewsResponse>(StatusCodes.Status200OK)]
    public async Task<ReviewsResponse> ForFilm(int movieId, [FromQuery] PageQuery page, CancellationToken cancellationToken) =>
        mapper.Reviews(await reviews.GetFilmReviewsAsync(movieId, CurrentUser.IdOrNull(User), page.Skip, page.Count, cancellationToken).ConfigureAwait(false));
}
