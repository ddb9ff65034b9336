using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MovieRecommender.Web.RateLimiting;
using MovieRecommender.Web.Accounts;
using MovieRecommender.Data.Personal;
using MovieRecommender.Web.Apis;
using MovieRecommender.Web.Filters;
using MovieRecommender.Web.Personal.Contracts;

namespace MovieRecommender.Web.Personal;

/// <summary>
/// The signed-in user's ratings, likes, watchlist, watched films and history. The user is always the one of the
/// cookie or bearer token: no route takes a user id, so no request can reach another user's rows.
/// </summary>
[ApiController]
[Authorize(AuthenticationSchemes = AccountSchemes.Api)]
[IgnoreAntiforgeryToken]
[EnableRateLimiting(RateLimitPolicyNames.Api)]
[TypeFilter(typeof(CookieAntiforgeryFilter))]
[Route("/api/v1/me")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
public sealed class MeApiController(IPersonalDataStore store, PersonalFilmMapper films, TimeProvider clock) : ControllerBase
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private string UserId => CurrentUser.Id(User);

    /// <summary>Rates a film 0.5–5.0 stars in halves (replacing an earlier rating).</summary>
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    [HttpPut("ratings/{movieId:int}")]
    [RequiresModel]
    [ProducesResponseType<MyFilmDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> PutRating(int movieId, [FromBody] RatingRequest? body, CancellationToken cancellationToken)
    {
        if (body?.Rating is not { } stars || RatingScale.ToHalfStars(stars) is not { } halfStars)
        {
            ModelState.AddModelError("rating", ProblemResults.Text(HttpContext, "Problem.RatingRange"));
            return ValidationProblem(ModelState);
        }

        if (films.Find(movieId) is null)
        {
            return UnknownFilm(movieId);
        }

        var at = Now;
        await store.SetRatingAsync(UserId, movieId, halfStars, at, cancellationToken).ConfigureAwait(false);
        return Ok(films.Film(movieId) with { Rating = RatingScale.ToStars(halfStars), RatedAt = at });
    }

    /// <summary>Removes the rating (204 whether or not there was one; films no longer in the model included).</summary>
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    [HttpDelete("ratings/{movieId:int}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> DeleteRating(int movieId, CancellationToken cancellationToken)
    {
        await store.RemoveRatingAsync(UserId, movieId, cancellationToken).ConfigureAwait(false);
        return NoContent();
    }

    /// <summary>The user's ratings, newest first.</summary>
    [HttpGet("ratings")]
    public async Task<MyFilmsResponse> GetRatings([FromQuery] PageQuery page, CancellationToken cancellationToken) =>
        films.Page(await store.GetRatingsAsync(UserId, page.Skip, page.Count, cancellationToken).ConfigureAwait(false), films.Rating);

    /// <summary>Likes a film (liking it again keeps the first date).</summary>
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    [HttpPut("likes/{movieId:int}")]
    [RequiresModel]
    [ProducesResponseType<MyFilmDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<IActionResult> PutLike(int movieId, CancellationToken cancellationToken) =>
        AddAsync(movieId, (user, at) => store.SetLikeAsync(user, movieId, at, cancellationToken), at => films.Film(movieId) with { LikedAt = at });

    /// <summary>Removes the like (204 whether or not there was one).</summary>
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    [HttpDelete("likes/{movieId:int}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> DeleteLike(int movieId, CancellationToken cancellationToken)
    {
        await store.RemoveLikeAsync(UserId, movieId, cancellationToken).ConfigureAwait(false);
        return NoContent();
    }

    /// <summary>The user's liked films, newest first.</summary>
    [HttpGet("likes")]
    public async Task<MyFilmsResponse> GetLikes([FromQuery] PageQuery page, CancellationToken cancellationToken) =>
        films.Page(await store.GetLikesAsync(UserId, page.Skip, page.Count, cancellationToken).ConfigureAwait(false), films.Like);

    /// <summary>Adds a film to the watchlist.</summary>
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    [HttpPut("watchlist/{movieId:int}")]
    [RequiresModel]
    [ProducesResponseType<MyFilmDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<IActionResult> PutWatchlist(int movieId, CancellationToken cancellationToken) =>
        AddAsync(movieId, (user, at) => store.AddToWatchlistAsync(user, movieId, at, cancellationToken), at => films.Film(movieId) with { AddedAt = at });

    /// <summary>Removes a film from the watchlist (204 whether or not it was on it).</summary>
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    [HttpDelete("watchlist/{movieId:int}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> DeleteWatchlist(int movieId, CancellationToken cancellationToken)
    {
        await store.RemoveFromWatchlistAsync(UserId, movieId, cancellationToken).ConfigureAwait(false);
        return NoContent();
    }

    /// <summary>The user's watchlist, newest first.</summary>
    [HttpGet("watchlist")]
    public async Task<MyFilmsResponse> GetWatchlist([FromQuery] PageQuery page, CancellationToken cancellationToken) =>
        films.Page(await store.GetWatchlistAsync(UserId, page.Skip, page.Count, cancellationToken).ConfigureAwait(false), films.Watchlist);

    /// <summary>Marks a film watched on a day (default today, UTC); also adds it to the history.</summary>
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    [HttpPut("watched/{movieId:int}")]
    [RequiresModel]
    [ProducesResponseType<MyFilmDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> PutWatched(int movieId, [FromBody] WatchedRequest? body, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(Now);
        var day = body?.WatchedOn ?? today;
        if (day.Year < PersonalLimits.EarliestWatchedYear || day > today.AddDays(PersonalLimits.WatchedDaysAheadAllowed))
        {
            ModelState.AddModelError("watchedOn", ProblemResults.Text(HttpContext, "Problem.WatchedOnRange", PersonalLimits.EarliestWatchedYear.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return ValidationProblem(ModelState);
        }

        if (films.Find(movieId) is null)
        {
            return UnknownFilm(movieId);
        }

        await store.MarkWatchedAsync(UserId, movieId, day, Now, cancellationToken).ConfigureAwait(false);
        return Ok(films.Film(movieId) with { WatchedOn = day });
    }

    /// <summary>Unmarks a watched film (204 whether or not it was marked).</summary>
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    [HttpDelete("watched/{movieId:int}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> DeleteWatched(int movieId, CancellationToken cancellationToken)
    {
        await store.RemoveWatchedAsync(UserId, movieId, cancellationToken).ConfigureAwait(false);
        return NoContent();
    }

    /// <summary>The user's watched films, most recent watch first.</summary>
    [HttpGet("watched")]
    public async Task<MyFilmsResponse> GetWatched([FromQuery] PageQuery page, CancellationToken cancellationToken) =>
        films.Page(await store.GetWatchedAsync(UserId, page.Skip, page.Count, cancellationToken).ConfigureAwait(false), films.Watched);

    /// <summary>Films the user opened or marked watched, newest first.</summary>
    [HttpGet("history")]
    public async Task<MyFilmsResponse> GetHistory([FromQuery] PageQuery page, CancellationToken cancellationToken) =>
        films.Page(await store.GetHistoryAsync(UserId, page.Skip, page.Count, cancellationToken).ConfigureAwait(false), films.History);

    /// <summary>The user's marks (rating, like, watchlist, watched) on up to 200 films, for showing state on film cards.</summary>
    [HttpGet("marks")]
    [ProducesResponseType<FilmMarksResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<IActionResult> GetMarks([FromQuery(Name = "id"), Display(Name = "id")] int[]? ids, CancellationToken cancellationToken)
    {
        var wanted = (ids ?? []).Distinct().ToList();
        if (wanted.Count > PersonalLimits.MaxMarkIds || wanted.Exists(id => id <= 0))
        {
            ModelState.AddModelError("id", ProblemResults.Text(HttpContext, "Problem.MarkIds", PersonalLimits.MaxMarkIds));
            return ValidationProblem(ModelState);
        }

        var marks = await store.GetMarksAsync(UserId, wanted, cancellationToken).ConfigureAwait(false);
        return Ok(new FilmMarksResponse([.. marks.Values.OrderBy(m => m.MovieId).Select(PersonalFilmMapper.Marks)]));
    }

    private async Task<IActionResult> AddAsync(int movieId, Func<string, DateTime, Task> write, Func<DateTime, MyFilmDto> result)
    {
        if (films.Find(movieId) is null)
        {
            return UnknownFilm(movieId);
        }

        var at = Now;
        await write(UserId, at).ConfigureAwait(false);
        return Ok(result(at));
    }

    private ObjectResult UnknownFilm(int movieId) =>
        ProblemResults.NoSuchFilm(HttpContext, movieId);
}
