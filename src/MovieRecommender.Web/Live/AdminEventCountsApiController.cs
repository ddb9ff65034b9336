using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using MovieRecommender.Web.Analytics;
using MovieRecommender.Web.Apis;
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
    LiveConnectionLimiter limiter,
    ProblemDetailsFactory problems,
    IOptions<LiveSettings> settings) : ControllerBase
{
    public const string EventsPath = "/api/v1/admin/events/live";
    public const string CountsPath = "/api/v1/admin/events/counts";

    /// <summary><c>text/event-stream</c> of <c>counts</c> events: this server's event totals, at once and periodically.</summary>
    [HttpGet(EventsPath)]
    [Produces("text/event-stream")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public IResult Live()
    {
        var lease = limiter.TryAcquire(settings.Value.MaxConnections);
        if (lease is null)
        {
            Response.Headers.RetryAfter = (settings.Value.ReconnectMilliseconds / 1000).ToString(CultureInfo.InvariantCulture);
            var problem = problems.CreateProblemDetails(HttpContext, StatusCodes.Status503ServiceUnavailable,
                ProblemTypes.LiveUnavailableTitle, ProblemTypes.LiveUnavailable,
                "Too many live connections on this server; poll " + CountsPath + " instead.", Request.Path);
            return TypedResults.Problem(problem);
        }

        HttpContext.Response.RegisterForDispose(lease);
        // nginx (and other proxies honouring it) must pass each event on at once instead of buffering the stream.
        Response.Headers["X-Accel-Buffering"] = "no";
        return TypedResults.ServerSentEvents(feed.ReadAsync(HttpContext.RequestAborted));
    }

    /// <summary>The same counts as one JSON object (the page's polling fallback).</summary>
    [HttpGet(CountsPath)]
    [ProducesResponseType<LiveEventCounts>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status401Unauthorized)]
    public LiveEventCounts Counts() => feed.Current();
}
