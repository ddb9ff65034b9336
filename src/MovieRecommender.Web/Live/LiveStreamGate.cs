using System.Globalization;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MovieRecommender.Web.Apis;
using MovieRecommender.Web.Localization;

namespace MovieRecommender.Web.Live;

/// <summary>
/// Opens a server-sent event stream within the node's limit (<see cref="LiveSettings.MaxConnections"/>), the same way
/// for every stream: the slot is held until the response ends, proxies are told not to buffer, and a refused client
/// gets a 503 problem with Retry-After that names the endpoint to poll instead.
/// </summary>
/// <remarks>The problem's <c>detail</c> is in the request's language; its <c>type</c> and <c>title</c> stay stable English.</remarks>
public sealed class LiveStreamGate(LiveConnectionLimiter limiter, ProblemDetailsFactory problems, IOptions<LiveSettings> settings,
    IStringLocalizer<SharedResource> text)
{
    /// <summary>Null when the stream may start (slot taken, headers set), else the 503 problem to return.</summary>
    public IResult? TryOpen(HttpContext context, string pollPath)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lease = limiter.TryAcquire(settings.Value.MaxConnections);
        if (lease is null)
        {
            context.Response.Headers.RetryAfter = (settings.Value.ReconnectMilliseconds / 1000).ToString(CultureInfo.InvariantCulture);
            var problem = problems.CreateProblemDetails(context, StatusCodes.Status503ServiceUnavailable,
                ProblemTypes.LiveUnavailableTitle, ProblemTypes.LiveUnavailable,
                text["Problem.LiveUnavailable", pollPath], context.Request.Path);
            return TypedResults.Problem(problem);
        }

        context.Response.RegisterForDispose(lease);
        // nginx (and other proxies honouring it) must pass each event on at once instead of buffering the stream.
        context.Response.Headers["X-Accel-Buffering"] = "no";
        return null;
    }
}
