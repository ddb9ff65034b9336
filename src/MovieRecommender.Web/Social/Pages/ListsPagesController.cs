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

/// <summary>The shared-list pages: my lists (/lists), one list (/lists/{id}) and an invite (/lists/join/{token}).</summary>
[Authorize(AuthenticationSchemes = AccountSchemes.Cookie)]
[EnableRateLimiting(RateLimitPolicyNames.Pages)]
public sealed class ListsPagesController(
    ISharedListStore lists,
    ISocialGraphStore graph,
    ListAccess access,
    ListJoiner joiner,
    SocialPageBuilder pages,
    PersonalFilmMapper films,
    TimeProvider clock,
    IStringLocalizer<SharedResource> text) : Controller
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    [HttpGet(ListPaths.Index)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => await IndexViewAsync(null, cancellationToken).ConfigureAwait(false);

    [HttpPost(ListPaths.Index)]
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    public async Task<IActionResult> Create([FromForm] string? name, [FromForm] bool isPublic, CancellationToken cancellationToken)
    {
        var userId = CurrentUser.Id(User);
        if (SocialInput.ListName(name) is not { } valid)
        {
            return await IndexViewAsync(text["Lists.NameInvalid", SocialLimits.MaxListNameLength], cancellationToken).ConfigureAwait(false);
        }

        if (await graph.GetProfileAsync(userId, cancellationToken).ConfigureAwait(false) is null)
        {
            return Redirect(SocialPagesController.ProfilePath);
        }

        if (await lists.CountOwnedAsync(userId, cancellationToken).ConfigureAwait(false) >= SocialLimits.MaxListsPerUser)
        {
            return await IndexViewAsync(text["Lists.TooMany", SocialLimits.MaxListsPerUser], cancellationToken).ConfigureAwait(false);
        }

        var list = await lists.CreateAsync(userId, valid, isPublic, Now, cancellationToken).ConfigureAwait(false);
        return Redirect(ListPaths.List(list.Id));
    }

    [AllowAnonymous]
    [HttpGet("/lists/{id:guid}")]
    public async Task<IActionResult> Show(Guid id, [FromQuery] int? page, [FromQuery] string? done, CancellationToken cancellationToken)
    {
        if (page is < 1 or > QueryLimits.MaxPage)
        {
            return BadRequest();
        }

        var viewer = CurrentUser.IdOrNull(User);
        if (await access.ViewAsync(id, viewer, cancellationToken).ConfigureAwait(false) is not { } seen)
        {
            return NotFound();
        }

        var message = done switch
        {
            "added" => text["Lists.Done.Added"].Value,
            "removed" => text["Lists.Done.Removed"].Value,
            "saved" => text["Lists.Done.Saved"].Value,
            "invite" => text["Lists.Done.Invite"].Value,
            "joined" => text["Lists.Done.Joined"].Value,
            "full" => text["Lists.Done.Full", SocialLimits.MaxFilmsPerList].Value,
            _ => null,
        };
        return View("~/Views/Lists/Show.cshtml", await pages.ListPageAsync(seen.List, seen.Role, viewer, page ?? 1, Request, message, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The film page's "add to a shared list" form, which names the list in a field.</summary>
    [HttpPost("/lists/films")]
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    public Task<IActionResult> AddFilmToChosenList([FromForm] Guid listId, [FromForm] int movieId, [FromForm] string? returnUrl, CancellationToken cancellationToken) =>
        AddFilm(listId, movieId, returnUrl, cancellationToken);

    [HttpPost("/lists/{id:guid}/films")]
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    public async Task<IActionResult> AddFilm(Guid id, [FromForm] int movieId, [FromForm] string? returnUrl, CancellationToken cancellationToken)
    {
        if (await lists.GetRoleAsync(id, CurrentUser.Id(User), cancellationToken).ConfigureAwait(false) is null)
        {
            return NotFound();
        }

        if (films.Find(movieId) is null)
        {
            return BadRequest();
        }

        var done = "added";
        if (await lists.CountFilmsAsync(id, cancellationToken).ConfigureAwait(false) >= SocialLimits.MaxFilmsPerList)
        {
            done = "full";
        }
        else
        {
            await lists.AddFilmAsync(id, movieId, CurrentUser.Id(User), Now, cancellationToken).ConfigureAwait(false);
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : ListPaths.List(id) + "?done=" + done);
    }

    [HttpPost("/lists/{id:guid}/films/{movieId:int}/remove")]
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    public async Task<IActionResult> RemoveFilm(Guid id, int movieId, CancellationToken cancellationToken)
    {
        if (await lists.GetRoleAsync(id, CurrentUser.Id(User), cancellationToken).ConfigureAwait(false) is null)
        {
            return NotFound();
        }

        await lists.RemoveFilmAsync(id, movieId, cancellationToken).ConfigureAwait(false);
        return Redirect(ListPaths.List(id) + "?done=removed");
    }

    [HttpPost("/lists/{id:guid}/settings")]
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    public async Task<IActionResult> Settings(Guid id, [FromForm] string? name, [FromForm] bool isPublic, CancellationToken cancellationToken)
    {
        if (await OwnerCheckAsync(id, cancellationToken).ConfigureAwait(false) is { } denied)
        {
            return denied;
        }

        if (SocialInput.ListName(name) is not { } valid)
        {
            return BadRequest();
        }

        await lists.UpdateAsync(id, valid, isPublic, cancellationToken).ConfigureAwait(false);
        return Redirect(ListPaths.List(id) + "?done=saved");
    }

    [HttpPost("/lists/{id:guid}/invite")]
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    public async Task<IActionResult> RenewInvite(Guid id, CancellationToken cancellationToken)
    {
        if (await OwnerCheckAsync(id, cancellationToken).ConfigureAwait(false) is { } denied)
        {
            return denied;
        }

        await lists.RenewInviteAsync(id, cancellationToken).ConfigureAwait(false);
        return Redirect(ListPaths.List(id) + "?done=invite");
    }

    [HttpPost("/lists/{id:guid}/delete")]
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    public async Task<IActionResult> Delete(Guid id, CancellationToken cancellationToken)
    {
        if (await OwnerCheckAsync(id, cancellationToken).ConfigureAwait(false) is { } denied)
        {
            return denied;
        }

        await lists.DeleteAsync(id, cancellationToken).ConfigureAwait(false);
        return Redirect(ListPaths.Index);
    }

    /// <summary>The owner removes a member, or a member leaves (naming themselves).</summary>
    [HttpPost("/lists/{id:guid}/members/{handle}/remove")]
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    public async Task<IActionResult> RemoveMember(Guid id, string handle, CancellationToken cancellationToken)
    {
        var userId = CurrentUser.Id(User);
        var role = await lists.GetRoleAsync(id, userId, cancellationToken).ConfigureAwait(false);
        var member = SocialInput.Handle(handle) is { } h ? await graph.FindByHandleAsync(h, cancellationToken).ConfigureAwait(false) : null;
        if (role is null || member is null)
        {
            return NotFound();
        }

        if (member.UserId != userId && role != ListRole.Owner)
        {
            return Forbid();
        }

        await lists.RemoveMemberAsync(id, member.UserId, cancellationToken).ConfigureAwait(false);
        return Redirect(member.UserId == userId ? ListPaths.Index : ListPaths.List(id));
    }

    [HttpGet(ListPaths.JoinPrefix + "{token}")]
    public async Task<IActionResult> Invite(string token, CancellationToken cancellationToken)
    {
        var userId = CurrentUser.Id(User);
        var list = await lists.FindByInviteAsync(token, cancellationToken).ConfigureAwait(false);
        if (list is null || await graph.IsBlockedEitherWayAsync(userId, list.OwnerId, cancellationToken).ConfigureAwait(false))
        {
            return NotFound();
        }

        var owner = await graph.GetProfileAsync(list.OwnerId, cancellationToken).ConfigureAwait(false);
        var model = new JoinPageViewModel(
            token,
            list.Name,
            owner?.DisplayName ?? "its owner",
            await lists.CountMembersAsync(list.Id, cancellationToken).ConfigureAwait(false),
            await graph.GetProfileAsync(userId, cancellationToken).ConfigureAwait(false) is null,
            await lists.GetRoleAsync(list.Id, userId, cancellationToken).ConfigureAwait(false) is not null,
            ListPaths.List(list.Id));
        return View("~/Views/Lists/Join.cshtml", model);
    }

    [HttpPost(ListPaths.JoinPrefix + "{token}")]
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    public async Task<IActionResult> Join(string token, CancellationToken cancellationToken)
    {
        var outcome = await joiner.JoinAsync(token, CurrentUser.Id(User), Now, cancellationToken).ConfigureAwait(false);
        return outcome.Result switch
        {
            ListJoinResult.Joined or ListJoinResult.AlreadyMember => Redirect(ListPaths.List(outcome.List!.Id) + "?done=joined"),
            ListJoinResult.NeedsProfile => Redirect(SocialPagesController.ProfilePath),
            ListJoinResult.Full => Conflict(),
            _ => NotFound(),
        };
    }

    private async Task<IActionResult> IndexViewAsync(string? error, CancellationToken cancellationToken)
    {
        var userId = CurrentUser.Id(User);
        if (error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        var model = new ListsPageViewModel(
            await lists.GetListsOfAsync(userId, cancellationToken).ConfigureAwait(false),
            await graph.GetProfileAsync(userId, cancellationToken).ConfigureAwait(false) is not null,
            error);
        return View("~/Views/Lists/Index.cshtml", model);
    }

    private async Task<IActionResult?> OwnerCheckAsync(Guid id, CancellationToken cancellationToken) =>
        await lists.GetRoleAsync(id, CurrentUser.Id(User), cancellationToken).ConfigureAwait(false) switch
        {
            null => NotFound(),
            ListRole.Owner => null,
            _ => Forbid(),
        };
}
