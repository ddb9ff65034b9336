using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MovieRecommender.Web.Analytics;
using MovieRecommender.Web.Filters;
using MovieRecommender.Web.RateLimiting;

namespace MovieRecommender.Web.Live;

/// <summary>
/// The analytics page's live event counts (admin only, key header or admin cookie): a server-sent event stream, and
/// the same counts as JSON for the page to poll when the stream cannot be opened or drops. Open streams share the
/// model feed's per-node limit.
/// </summary>
[ApiController]
[AdminAccess]
[EnableRateLimiting(RateLimitPolicyNames.Health)]
public sealed class AdminEventCountsApiController(
    AdminEventCountsFeed feed,
    LiveStreamGate gate) : ControllerBase
{
    public const string EventsPath = "/api/v1/admin/events/live";
    public const string CountsPath = "/api/v1/admin/events/counts";

    /// <summary><c>text/event-stream</c> of <c>counts</c> events: this server's event totals, at once and periodically.</summary>
    [HttpGet(EventsPath)]
    [Produces("text/event-stream")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public IResult Live() =>
        gate.TryOpen(HttpContext, CountsPath) ?? TypedResults.ServerSentEvents(feed.ReadAsync(HttpContext.RequestAborted));

    /// <summary>The same counts as one JSON object (the page's polling fallback).</summary>
    [HttpGet(CountsPath)]
    [ProducesResponseType<LiveEventCounts>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status401Unauthorized)]
    public LiveEventCounts Counts() => feed.Current();
}
