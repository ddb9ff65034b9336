using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MovieRecommender.Data.Social;
using MovieRecommender.Web.Accounts;
using MovieRecommender.Web.Apis;
using MovieRecommender.Web.Personal;
using MovieRecommender.Web.RateLimiting;
using MovieRecommender.Web.Social.Contracts;

namespace MovieRecommender.Web.Social;

/// <summary>Following and blocking people by handle, and the feed of the people the user follows.</summary>
[ApiController]
[Authorize(AuthenticationSchemes = AccountSchemes.Api)]
[IgnoreAntiforgeryToken]
[EnableRateLimiting(RateLimitPolicyNames.Api)]
[TypeFilter(typeof(CookieAntiforgeryFilter))]
[Route("/api/v1/me")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
public sealed class FollowsApiController(ISocialGraphStore graph, IFriendsStore friends, SocialMapper mapper, TimeProvider clock) : ControllerBase
{
    private string UserId => CurrentUser.Id(User);

    /// <summary>Follows a public profile (the follower needs a handle of their own, so the followee sees who follows them).</summary>
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    [HttpPut("following/{handle}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Follow(string handle, CancellationToken cancellationToken)
    {
        if (await graph.GetProfileAsync(UserId, cancellationToken).ConfigureAwait(false) is null)
        {
            return SocialProblems.NeedsProfile(HttpContext);
        }

        var other = await FindAsync(handle, cancellationToken).ConfigureAwait(false);
        if (other is null || other.UserId == UserId || !await graph.CanSeeAsync(UserId, other, cancellationToken).ConfigureAwait(false))
        {
            return SocialProblems.NoSuchPerson(HttpContext, handle);
        }

        await graph.FollowAsync(UserId, other.UserId, clock.GetUtcNow().UtcDateTime, cancellationToken).ConfigureAwait(false);
        return NoContent();
    }

    /// <summary>Stops following (204 whether or not the user followed them).</summary>
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    [HttpDelete("following/{handle}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> Unfollow(string handle, CancellationToken cancellationToken)
    {
        if (await FindAsync(handle, cancellationToken).ConfigureAwait(false) is { } other)
        {
            await graph.UnfollowAsync(UserId, other.UserId, cancellationToken).ConfigureAwait(false);
        }

        return NoContent();
    }

    /// <summary>People the user follows, newest first.</summary>
    [HttpGet("following")]
    public async Task<PeopleResponse> Following([FromQuery] PageQuery page, CancellationToken cancellationToken) =>
        mapper.People(await graph.GetFollowingAsync(UserId, page.Skip, page.Count, cancellationToken).ConfigureAwait(false));

    /// <summary>People who follow the user, newest first.</summary>
    [HttpGet("followers")]
    public async Task<PeopleResponse> Followers([FromQuery] PageQuery page, CancellationToken cancellationToken) =>
        mapper.People(await graph.GetFollowersAsync(UserId, page.Skip, page.Count, cancellationToken).ConfigureAwait(false));

    /// <summary>Blocks someone: follows both ways end, each leaves the other's shared lists, and neither sees the other.</summary>
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    [HttpPut("blocks/{handle}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Block(string handle, CancellationToken cancellationToken)
    {
        var other = await FindAsync(handle, cancellationToken).ConfigureAwait(false);
        if (other is null || other.UserId == UserId)
        {
            return SocialProblems.NoSuchPerson(HttpContext, handle);
        }

        await graph.BlockAsync(UserId, other.UserId, clock.GetUtcNow().UtcDateTime, cancellationToken).ConfigureAwait(false);
        return NoContent();
    }

    /// <summary>Unblocks (204 whether or not they were blocked). Follows removed by the block stay removed.</summary>
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    [HttpDelete("blocks/{handle}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> Unblock(string handle, CancellationToken cancellationToken)
    {
        if (await FindAsync(handle, cancellationToken).ConfigureAwait(false) is { } other)
        {
            await graph.UnblockAsync(UserId, other.UserId, cancellationToken).ConfigureAwait(false);
        }

        return NoContent();
    }

    /// <summary>People the user blocked, newest first.</summary>
    [HttpGet("blocks")]
    public async Task<PeopleResponse> Blocks([FromQuery] PageQuery page, CancellationToken cancellationToken) =>
        mapper.People(await graph.GetBlockedAsync(UserId, page.Skip, page.Count, cancellationToken).ConfigureAwait(false));

    /// <summary>Ratings and reviews of the people the user follows (public profiles only), newest first.</summary>
    [HttpGet("feed")]
    [ProducesResponseType<FeedResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<IActionResult> Feed([FromQuery] PageQuery page, CancellationToken cancellationToken)
    {
        if (page.Skip > SocialPaging.MaxFeedOffset)
        {
            ModelState.AddModelError("offset", ProblemResults.Text(HttpContext, "Query.FeedOffset", SocialPaging.MaxFeedOffset));
            return ValidationProblem(ModelState);
        }

        return Ok(mapper.Feed(await friends.GetFeedAsync(UserId, page.Skip, page.Count, cancellationToken).ConfigureAwait(false)));
    }

    private async Task<SocialProfile?> FindAsync(string handle, CancellationToken cancellationToken) =>
        SocialInput.Handle(handle) is { } normalized ? await graph.FindByHandleAsync(normalized, cancellationToken).ConfigureAwait(false) : null;
}
