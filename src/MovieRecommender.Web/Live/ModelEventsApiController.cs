using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
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
    LiveStreamGate gate) : ControllerBase
{
    // Where a client refused a stream polls instead: the status the stream would have carried.
    private const string ModelStatusPath = "/api/v1/model/status";

    public const string EventsPath = "/api/v1/model/events";

    /// <summary>
    /// <c>text/event-stream</c>: <c>status</c> events (the body of /api/v1/model/status) at once and on every change,
    /// <c>reload</c> when a new model version is served, and <c>ping</c> heartbeats.
    /// </summary>
    [HttpGet(EventsPath)]
    [Produces("text/event-stream")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public IResult Events() =>
        gate.TryOpen(HttpContext, ModelStatusPath) ?? TypedResults.ServerSentEvents(feed.ReadAsync(HttpContext.RequestAborted));
}
