using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using MovieRecommender.Data.Social;
using MovieRecommender.Web.Accounts;
using MovieRecommender.Web.Localization;
using MovieRecommender.Web.Personal;
using MovieRecommender.Web.Queries;
using MovieRecommender.Web.RateLimiting;

namespace MovieRecommender.Web.Social.Pages;

/// <summary>
/// The profile form (/me/profile), public profiles (/u/{handle}) with follow and block buttons, and the feed
/// (/feed). Forms post back here (antiforgery is validated for every MVC form) and redirect to the page they came from.
/// </summary>
[Authorize(AuthenticationSchemes = AccountSchemes.Cookie)]
[EnableRateLimiting(RateLimitPolicyNames.Pages)]
public sealed class SocialPagesController(ISocialGraphStore graph, SocialPageBuilder pages, TimeProvider clock, IStringLocalizer<SharedResource> text) : Controller
{
    public const string ProfilePath = "/me/profile";
    public const string FeedPath = "/feed";

    [HttpGet(ProfilePath)]
    public async Task<IActionResult> Profile([FromQuery] bool saved, CancellationToken cancellationToken) =>
        View("~/Views/Social/Profile.cshtml", await pages.ProfileFormAsync(CurrentUser.Id(User), cancellationToken).ConfigureAwait(false) with { Saved = saved });

    [HttpPost(ProfilePath)]
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    public async Task<IActionResult> SaveProfile([FromForm] string? handle, [FromForm] string? displayName, [FromForm] bool isPublic, CancellationToken cancellationToken)
    {
        var userId = CurrentUser.Id(User);
        var normalized = SocialInput.Handle(handle);
        var name = string.IsNullOrWhiteSpace(displayName) ? normalized : SocialInput.DisplayName(displayName);
        var errors = new List<string>();
        if (normalized is null)
        {
            errors.Add(text["Social.HandleInvalid"]);
        }
        else if (name is null)
        {
            errors.Add(text["Social.DisplayNameInvalid", SocialLimits.MaxDisplayNameLength]);
        }
        else if (await graph.SaveProfileAsync(userId, normalized, name, isPublic, clock.GetUtcNow().UtcDateTime, cancellationToken).ConfigureAwait(false) == ProfileSaveResult.HandleTaken)
        {
            errors.Add(text["Social.HandleTaken", normalized]);
        }

        if (errors.Count == 0)
        {
            return Redirect(ProfilePath + "?saved=true");
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        var model = await pages.ProfileFormAsync(userId, cancellationToken).ConfigureAwait(false);
        return View("~/Views/Social/Profile.cshtml", model with { Handle = handle, DisplayName = displayName, IsPublic = isPublic, Errors = errors });
    }

    [AllowAnonymous]
    [HttpGet("/u/{handle}")]
    public async Task<IActionResult> UserPage(string handle, CancellationToken cancellationToken)
    {
        var profile = await VisibleAsync(handle, cancellationToken).ConfigureAwait(false);
        return profile is null
            ? NotFound()
            : View("~/Views/Social/User.cshtml", await pages.UserPageAsync(profile, CurrentUser.IdOrNull(User), cancellationToken).ConfigureAwait(false));
    }

    [HttpPost("/u/{handle}/follow")]
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    public async Task<IActionResult> Follow(string handle, CancellationToken cancellationToken)
    {
        var userId = CurrentUser.Id(User);
        var profile = await VisibleAsync(handle, cancellationToken).ConfigureAwait(false);
        if (profile is null || profile.UserId == userId)
        {
            return NotFound();
        }

        if (await graph.GetProfileAsync(userId, cancellationToken).ConfigureAwait(false) is null)
        {
            return Redirect(ProfilePath);
        }

        await graph.FollowAsync(userId, profile.UserId, clock.GetUtcNow().UtcDateTime, cancellationToken).ConfigureAwait(false);
        return Redirect("/u/" + profile.Handle);
    }

    [HttpPost("/u/{handle}/unfollow")]
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    public async Task<IActionResult> Unfollow(string handle, [FromForm] string? returnUrl, CancellationToken cancellationToken)
    {
        if (await FindAsync(handle, cancellationToken).ConfigureAwait(false) is { } other)
        {
            await graph.UnfollowAsync(CurrentUser.Id(User), other.UserId, cancellationToken).ConfigureAwait(false);
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/u/" + SocialInput.Handle(handle));
    }

    [HttpPost("/u/{handle}/block")]
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    public async Task<IActionResult> Block(string handle, CancellationToken cancellationToken)
    {
        var userId = CurrentUser.Id(User);
        var other = await FindAsync(handle, cancellationToken).ConfigureAwait(false);
        if (other is null || other.UserId == userId)
        {
            return NotFound();
        }

        await graph.BlockAsync(userId, other.UserId, clock.GetUtcNow().UtcDateTime, cancellationToken).ConfigureAwait(false);
        return Redirect(ProfilePath);
    }

    [HttpPost("/u/{handle}/unblock")]
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    public async Task<IActionResult> Unblock(string handle, CancellationToken cancellationToken)
    {
        if (await FindAsync(handle, cancellationToken).ConfigureAwait(false) is { } other)
        {
            await graph.UnblockAsync(CurrentUser.Id(User), other.UserId, cancellationToken).ConfigureAwait(false);
        }

        return Redirect(ProfilePath);
    }

    [HttpGet(FeedPath)]
    public async Task<IActionResult> Feed([FromQuery] int? page, CancellationToken cancellationToken)
    {
        if (page is < 1 or > QueryLimits.MaxPage || ((page ?? 1) - 1) * SocialPaging.PageSize > SocialPaging.MaxFeedOffset)
        {
            return BadRequest();
        }

        return View("~/Views/Social/Feed.cshtml", await pages.FeedAsync(CurrentUser.Id(User), page ?? 1, Request, cancellationToken).ConfigureAwait(false));
    }

    private async Task<SocialProfile?> FindAsync(string handle, CancellationToken cancellationToken) =>
        SocialInput.Handle(handle) is { } normalized ? await graph.FindByHandleAsync(normalized, cancellationToken).ConfigureAwait(false) : null;

    private async Task<SocialProfile?> VisibleAsync(string handle, CancellationToken cancellationToken)
    {
        var profile = await FindAsync(handle, cancellationToken).ConfigureAwait(false);
        return profile is not null && await graph.CanSeeAsync(CurrentUser.IdOrNull(User), profile, cancellationToken).ConfigureAwait(false) ? profile : null;
    }
}
