using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MovieRecommender.Data.Social;
using MovieRecommender.Web.Accounts;
using MovieRecommender.Web.Apis;
using MovieRecommender.Web.Filters;
using MovieRecommender.Web.Personal;
using MovieRecommender.Web.RateLimiting;
using MovieRecommender.Web.Sharing;
using MovieRecommender.Web.Social.Contracts;

namespace MovieRecommender.Web.Social;

/// <summary>
/// Shared group watchlists with an invite link and two roles: the owner (rename, publish, invite, remove members,
/// delete) and members (add and remove films, leave). Lists a viewer may not see answer 404.
/// </summary>
[ApiController]
[Authorize(AuthenticationSchemes = AccountSchemes.Api)]
[IgnoreAntiforgeryToken]
[EnableRateLimiting(RateLimitPolicyNames.Api)]
[TypeFilter(typeof(CookieAntiforgeryFilter))]
[Route("/api/v1/lists")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
public sealed class ListsApiController(
    ISharedListStore lists,
    ISocialGraphStore graph,
    ListAccess access,
    ListJoiner joiner,
    PersonalFilmMapper films,
    SocialMapper mapper,
    TimeProvider clock) : ControllerBase
{
    private string UserId => CurrentUser.Id(User);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The lists the user owns or belongs to, newest first.</summary>
    [HttpGet("")]
    public async Task<ListsResponse> Mine(CancellationToken cancellationToken) =>
        new([.. (await lists.GetListsOfAsync(UserId, cancellationToken).ConfigureAwait(false)).Select(SocialMapper.Summary)]);

    /// <summary>Creates a list owned by the user (who needs a handle, so members see who owns it).</summary>
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    [HttpPost("")]
    [ProducesResponseType<ListDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> Create([FromBody] ListRequest? body, CancellationToken cancellationToken)
    {
        if (SocialInput.ListName(body?.Name) is not { } name)
        {
            ModelState.AddModelError("name", SocialInput.ListNameRule(HttpContext));
            return ValidationProblem(ModelState);
        }

        if (await graph.GetProfileAsync(UserId, cancellationToken).ConfigureAwait(false) is null)
        {
            return SocialProblems.NeedsProfile(HttpContext);
        }

        if (await lists.CountOwnedAsync(UserId, cancellationToken).ConfigureAwait(false) >= SocialLimits.MaxListsPerUser)
        {
            return SocialProblems.Limit(HttpContext, ProblemResults.Text(HttpContext, "Problem.TooManyLists", SocialLimits.MaxListsPerUser));
        }

        var list = await lists.CreateAsync(UserId, name, body!.IsPublic, Now, cancellationToken).ConfigureAwait(false);
        return Created(SocialMapper.ListPath(list.Id), await DtoAsync(list, ListRole.Owner, new PageQuery(), cancellationToken).ConfigureAwait(false));
    }

    /// <summary>A list with its members and a page of films (members, or anyone for a public list).</summary>
    [AllowAnonymous]
    [HttpGet("{id:guid}")]
    [ProducesResponseType<ListDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get(Guid id, [FromQuery] PageQuery page, CancellationToken cancellationToken)
    {
        var seen = await access.ViewAsync(id, CurrentUser.IdOrNull(User), cancellationToken).ConfigureAwait(false);
        return seen is { } s ? Ok(await DtoAsync(s.List, s.Role, page, cancellationToken).ConfigureAwait(false)) : NoSuchList();
    }

    /// <summary>Renames the list or makes it public or private (owner only).</summary>
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    [HttpPut("{id:guid}")]
    [ProducesResponseType<ListDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Update(Guid id, [FromBody] ListRequest? body, CancellationToken cancellationToken)
    {
        if (SocialInput.ListName(body?.Name) is not { } name)
        {
            ModelState.AddModelError("name", SocialInput.ListNameRule(HttpContext));
            return ValidationProblem(ModelState);
        }

        var role = await lists.GetRoleAsync(id, UserId, cancellationToken).ConfigureAwait(false);
        if (role != ListRole.Owner)
        {
            return role is null ? NoSuchList() : OwnerOnly();
        }

        await lists.UpdateAsync(id, name, body!.IsPublic, cancellationToken).ConfigureAwait(false);
        var list = await lists.FindAsync(id, cancellationToken).ConfigureAwait(false);
        return list is null ? NoSuchList() : Ok(await DtoAsync(list, ListRole.Owner, new PageQuery(), cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Deletes the list with its films and memberships (owner only).</summary>
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    [HttpDelete("{id:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Delete(Guid id, CancellationToken cancellationToken)
    {
        var role = await lists.GetRoleAsync(id, UserId, cancellationToken).ConfigureAwait(false);
        if (role != ListRole.Owner)
        {
            return role is null ? NoSuchList() : OwnerOnly();
        }

        await lists.DeleteAsync(id, cancellationToken).ConfigureAwait(false);
        return NoContent();
    }

    /// <summary>Adds a film (members; adding it again changes nothing).</summary>
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    [HttpPut("{id:guid}/films/{movieId:int}")]
    [RequiresModel]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> AddFilm(Guid id, int movieId, CancellationToken cancellationToken)
    {
        if (await lists.GetRoleAsync(id, UserId, cancellationToken).ConfigureAwait(false) is null)
        {
            return NoSuchList();
        }

        if (films.Find(movieId) is null)
        {
            return ProblemResults.NoSuchFilm(HttpContext, movieId);
        }

        if (await lists.CountFilmsAsync(id, cancellationToken).ConfigureAwait(false) >= SocialLimits.MaxFilmsPerList)
        {
            return SocialProblems.Limit(HttpContext, ProblemResults.Text(HttpContext, "Problem.ListFull", SocialLimits.MaxFilmsPerList));
        }

        await lists.AddFilmAsync(id, movieId, UserId, Now, cancellationToken).ConfigureAwait(false);
        return NoContent();
    }

    /// <summary>Removes a film (members; 204 whether or not it was on the list).</summary>
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    [HttpDelete("{id:guid}/films/{movieId:int}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> RemoveFilm(Guid id, int movieId, CancellationToken cancellationToken)
    {
        if (await lists.GetRoleAsync(id, UserId, cancellationToken).ConfigureAwait(false) is null)
        {
            return NoSuchList();
        }

        await lists.RemoveFilmAsync(id, movieId, cancellationToken).ConfigureAwait(false);
        return NoContent();
    }

    /// <summary>Replaces the invite link, so the old one stops working (owner only).</summary>
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    [HttpPost("{id:guid}/invite")]
    [ProducesResponseType<InviteDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> RenewInvite(Guid id, CancellationToken cancellationToken)
    {
        var role = await lists.GetRoleAsync(id, UserId, cancellationToken).ConfigureAwait(false);
        if (role != ListRole.Owner)
        {
            return role is null ? NoSuchList() : OwnerOnly();
        }

        var token = await lists.RenewInviteAsync(id, cancellationToken).ConfigureAwait(false);
        return Ok(new InviteDto(InviteUrl(token)));
    }

    /// <summary>Joins the list of an invite link as a member (the user needs a handle; people the owner blocked cannot join).</summary>
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    [HttpPost("join/{token}")]
    [ProducesResponseType<ListDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> Join(string token, CancellationToken cancellationToken)
    {
        var outcome = await joiner.JoinAsync(token, UserId, Now, cancellationToken).ConfigureAwait(false);
        return outcome.Result switch
        {
            ListJoinResult.Joined or ListJoinResult.AlreadyMember => Ok(await DtoAsync(outcome.List!, outcome.Role, new PageQuery(), cancellationToken).ConfigureAwait(false)),
            ListJoinResult.NeedsProfile => SocialProblems.NeedsProfile(HttpContext),
            ListJoinResult.Full => SocialProblems.Limit(HttpContext, ProblemResults.Text(HttpContext, "Problem.ListMembersFull", SocialLimits.MaxMembersPerList)),
            _ => ProblemResults.NotFound(HttpContext, ProblemResults.Text(HttpContext, "Problem.InviteInvalid")),
        };
    }

    /// <summary>Removes a member (owner), or leaves the list (a member naming themselves). The owner cannot leave.</summary>
    [EnableRateLimiting(RateLimitPolicyNames.Writes)]
    [HttpDelete("{id:guid}/members/{handle}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> RemoveMember(Guid id, string handle, CancellationToken cancellationToken)
    {
        var role = await lists.GetRoleAsync(id, UserId, cancellationToken).ConfigureAwait(false);
        if (role is null)
        {
            return NoSuchList();
        }

        var member = SocialInput.Handle(handle) is { } h ? await graph.FindByHandleAsync(h, cancellationToken).ConfigureAwait(false) : null;
        if (member is null || await lists.GetRoleAsync(id, member.UserId, cancellationToken).ConfigureAwait(false) is not { } memberRole)
        {
            return ProblemResults.NotFound(HttpContext, ProblemResults.Text(HttpContext, "Problem.NotAMember", handle));
        }

        if (memberRole == ListRole.Owner)
        {
            return SocialProblems.Denied(HttpContext, ProblemResults.Text(HttpContext, "Problem.OwnerCannotLeave"));
        }

        if (member.UserId != UserId && role != ListRole.Owner)
        {
            return OwnerOnly();
        }

        await lists.RemoveMemberAsync(id, member.UserId, cancellationToken).ConfigureAwait(false);
        return NoContent();
    }

    private async Task<ListDto> DtoAsync(SharedList list, ListRole? role, PageQuery page, CancellationToken cancellationToken) => new()
    {
        Id = list.Id,
        Name = list.Name,
        IsPublic = list.IsPublic,
        Role = role is { } r ? SocialMapper.Role(r) : null,
        Url = ShareLinks.Absolute(Request, SocialMapper.ListPath(list.Id), QueryString.Empty),
        InviteUrl = role == ListRole.Owner ? InviteUrl(list.InviteToken) : null,
        Members = SocialMapper.Members(await lists.GetMembersAsync(list.Id, cancellationToken).ConfigureAwait(false)),
        Films = mapper.ListFilms(await lists.GetFilmsAsync(list.Id, page.Skip, page.Count, cancellationToken).ConfigureAwait(false)),
    };

    private string InviteUrl(string token) => ShareLinks.Absolute(Request, ListPaths.Join(token), QueryString.Empty);

    private ObjectResult NoSuchList() => ProblemResults.NotFound(HttpContext, ProblemResults.Text(HttpContext, "Problem.NoSuchList"));

    private ObjectResult OwnerOnly() => SocialProblems.Denied(HttpContext, ProblemResults.Text(HttpContext, "Problem.OwnerOnly"));
}
