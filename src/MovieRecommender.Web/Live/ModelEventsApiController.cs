using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using MovieRecommender.Web.Apis;
using MovieRecommender.Web.RateLimiting;

namespace MovieRecommender.Web.Live;

/// <summary>
/// Live model status as server-sent events, used by the loading screen and the admin page instead of polling. The
/// pages fall back to polling /api/v1/model/status when the stream cannot be opened or drops. Limited with the
/// health probes, like the status it replaces; a stream costs one permit however long it stays open.
/// </summary>
[ApiController]
[EnableRateLimiting(RateLimitPolicyNames.Health)]
public sealed class ModelEventsApiController(
    ModelEventFeed feed,
    LiveConnectionLimiter limiter,
    ProblemDetailsFactory problems,
    IOptions<LiveSettings> settings) : ControllerBase
{
    public const string EventsPath = "/api/v1/model/events";

    /// <summary>
    /// <c>text/event-stream</c>: <c>status</c> events (the body of /api/v1/model/status) at once and on every change,
    /// <c>reload</c> when a new model version is served, and <c>ping</c> heartbeats.
    /// </summary>
    [HttpGet(EventsPath)]
    [Produces("text/event-stream")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public IResult Events()
    {
        var lease = limiter.TryAcquire(settings.Value.MaxConnections);
        if (lease is null)
        {
            Response.Headers.RetryAfter = (settings.Value.ReconnectMilliseconds / 1000).ToString(CultureInfo.InvariantCulture);
            var problem = problems.CreateProblemDetails(HttpContext, StatusCodes.Status503ServiceUnavailable,
                ProblemTypes.LiveUnavailableTitle, ProblemTypes.LiveUnavailable,
                "Too many live connections on this server; poll /api/v1/model/status instead.", Request.Path);
            return TypedResults.Problem(problem);
        }

        HttpContext.Response.RegisterForDispose(lease);
        // nginx (and other proxies honouring it) must pass each event on at once instead of buffering the stream.
        Response.Headers["X-Accel-Buffering"] = "no";
        return TypedResults.ServerSentEvents(feed.ReadAsync(HttpContext.RequestAborted));
    }
}
