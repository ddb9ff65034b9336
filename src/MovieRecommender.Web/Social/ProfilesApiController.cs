using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MovieRecommender.Data.Personal;
using MovieRecommender.Data.Social;
using MovieRecommender.Web.Accounts;
using MovieRecommender.Web.Apis;
using MovieRecommender.Web.Personal;
using MovieRecommender.Web.Personal.Contracts;
using MovieRecommender.Web.RateLimiting;
using MovieRecommender.Web.Social.Contracts;

namespace MovieRecommender.Web.Social;

/// <summary>
/// Profiles: the user's own (handle, display name, public or not) and other people's public ones. A private
/// profile, one that blocked the viewer or one the viewer blocked answers 404 exactly like a handle nobody has.
/// </summary>
[ApiController]
[Authorize(AuthenticationSchemes = AccountSchemes.Api)]
[IgnoreAntiforgeryToken]
[EnableRateLimiting(RateLimitPolicyNames.Api)]
[TypeFilter(typeof(CookieAntiforgeryFilter))]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
public sealed class ProfilesApiController(
    ISocialGraphStore graph,
    IFriendsStore friends,
    IReviewStore reviews,
    IPersonalDataStore personal,
    PersonalFilmMapper films,
    SocialMapper mapper,
    TimeProvider clock) : ControllerBase
{
    /// <summary>The signed-in user's profile (handle null until chosen).</summary>
    [HttpGet("/api/v1/me/profile")]
    [ProducesResponseType<MyProfileDto>(StatusCodes.Status200OK)]
    public async Task<MyProfileDto> GetMine(CancellationToken cancellationToken)
    {
        var userId = CurrentUser.Id(User);
        var profile = await graph.GetProfileAsync(userId, cancellationToken).ConfigureAwait(false);
        var (followers, following) = await graph.CountFollowsAsync(userId, cancellationToken).ConfigureAwait(false);
        return new MyProfileDto(profile?.Handle, profile?.DisplayName, profile?.IsPublic ?? false, followers, following);
    }

    /// <summary>Chooses the handle and display name and makes the profile public or private (private by default).</summary>
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    [HttpPut("/api/v1/me/profile")]
    [ProducesResponseType<MyProfileDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> PutMine([FromBody] ProfileRequest? body, CancellationToken cancellationToken)
    {
        var handle = SocialInput.Handle(body?.Handle);
        var displayName = string.IsNullOrWhiteSpace(body?.DisplayName) ? handle : SocialInput.DisplayName(body.DisplayName);
        if (handle is null)
        {
            ModelState.AddModelError("handle", SocialInput.HandleRule(HttpContext));
        }

        if (displayName is null && handle is not null)
        {
            ModelState.AddModelError("displayName", SocialInput.DisplayNameRule(HttpContext));
        }

        if (handle is null || displayName is null)
        {
            return ValidationProblem(ModelState);
        }

        var result = await graph.SaveProfileAsync(CurrentUser.Id(User), handle, displayName, body!.IsPublic, clock.GetUtcNow().UtcDateTime, cancellationToken).ConfigureAwait(false);
        if (result == ProfileSaveResult.HandleTaken)
        {
            return ProblemResults.Create(HttpContext, StatusCodes.Status409Conflict, SocialProblems.HandleTaken, "Handle taken", ProblemResults.Text(HttpContext, "Problem.HandleTaken", handle));
        }

        return Ok(await GetMine(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>A public profile with follower counts and the viewer's relationship to it.</summary>
    [AllowAnonymous]
    [HttpGet("/api/v1/users/{handle}")]
    [ProducesResponseType<UserProfileDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> GetUser(string handle, CancellationToken cancellationToken)
    {
        var profile = await VisibleAsync(handle, cancellationToken).ConfigureAwait(false);
        if (profile is null)
        {
            return SocialProblems.NoSuchPerson(HttpContext, handle);
        }

        var viewer = CurrentUser.IdOrNull(User);
        var (followers, following) = await graph.CountFollowsAsync(profile.UserId, cancellationToken).ConfigureAwait(false);
        var youFollow = viewer is not null && await graph.IsFollowingAsync(viewer, profile.UserId, cancellationToken).ConfigureAwait(false);
        var followsYou = viewer is not null && await graph.IsFollowingAsync(profile.UserId, viewer, cancellationToken).ConfigureAwait(false);
        return Ok(new UserProfileDto
        {
            Handle = profile.Handle,
            DisplayName = profile.DisplayName,
            Followers = followers,
            Following = following,
            YouFollow = youFollow,
            FollowsYou = followsYou,
            Friends = youFollow && followsYou,
        });
    }

    /// <summary>A public profile's ratings, newest first.</summary>
    [AllowAnonymous]
    [HttpGet("/api/v1/users/{handle}/ratings")]
    [ProducesResponseType<MyFilmsResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> GetUserRatings(string handle, [FromQuery] PageQuery page, CancellationToken cancellationToken)
    {
        var profile = await VisibleAsync(handle, cancellationToken).ConfigureAwait(false);
        return profile is null
            ? SocialProblems.NoSuchPerson(HttpContext, handle)
            : Ok(films.Page(await personal.GetRatingsAsync(profile.UserId, page.Skip, page.Count, cancellationToken).ConfigureAwait(false), films.Rating));
    }

    /// <summary>A public profile's reviews, newest first.</summary>
    [AllowAnonymous]
    [HttpGet("/api/v1/users/{handle}/reviews")]
    [ProducesResponseType<ReviewsResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> GetUserReviews(string handle, [FromQuery] PageQuery page, CancellationToken cancellationToken)
    {
        var profile = await VisibleAsync(handle, cancellationToken).ConfigureAwait(false);
        return profile is null
            ? SocialProblems.NoSuchPerson(HttpContext, handle)
            : Ok(mapper.OwnReviews(await reviews.GetReviewsByAsync(profile.UserId, page.Skip, page.Count, cancellationToken).ConfigureAwait(false),
                new PersonDto(profile.Handle, profile.DisplayName)));
    }

    /// <summary>Films on both the viewer's and this friend's watchlists; only for people who follow each other.</summary>
    [HttpGet("/api/v1/users/{handle}/both-want")]
    [ProducesResponseType<MyFilmsResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> GetBothWant(string handle, [FromQuery] PageQuery page, CancellationToken cancellationToken)
    {
        var viewer = CurrentUser.Id(User);
        var other = SocialInput.Handle(handle) is { } h ? await graph.FindByHandleAsync(h, cancellationToken).ConfigureAwait(false) : null;
        if (other is null || other.UserId == viewer || await graph.IsBlockedEitherWayAsync(viewer, other.UserId, cancellationToken).ConfigureAwait(false))
        {
            return SocialProblems.NoSuchPerson(HttpContext, handle);
        }

        if (!await friends.AreFriendsAsync(viewer, other.UserId, cancellationToken).ConfigureAwait(false))
        {
            return SocialProblems.Denied(HttpContext, ProblemResults.Text(HttpContext, "Problem.MustBeFriends", other.Handle));
        }

        return Ok(films.Page(await friends.GetCommonWatchlistAsync(viewer, other.UserId, page.Skip, page.Count, cancellationToken).ConfigureAwait(false), films.Watchlist));
    }

    private async Task<SocialProfile?> VisibleAsync(string handle, CancellationToken cancellationToken)
    {
        var normalized = SocialInput.Handle(handle);
        var profile = normalized is null ? null : await graph.FindByHandleAsync(normalized, cancellationToken).ConfigureAwait(false);
        return profile is not null && await graph.CanSeeAsync(CurrentUser.IdOrNull(User), profile, cancellationToken).ConfigureAwait(false) ? profile : null;
    }
}
