using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MovieRecommender.Web.Apis;

namespace MovieRecommender.Web.RateLimiting;

/// <summary>
/// The answer to a refused request, for every policy: 429 with the seconds left in the window in Retry-After, and an
/// RFC 7807 body for the API. Pages get no body here, so the status-code pages render the friendly "Slow down" page.
/// </summary>
public static class RateLimitRejection
{
    private const int FallbackRetryAfterSeconds = 60;
    private const string ApiPathPrefix = "/api";

    public static async ValueTask WriteAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
            : FallbackRetryAfterSeconds;
        var reason = context.Lease.TryGetMetadata(MetadataName.ReasonPhrase, out var phrase) && phrase is not null
            ? phrase
            : ProblemResults.Text(http, "Problem.TooManyRequests");

        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        if (!http.Request.Path.StartsWithSegments(ApiPathPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Type = ProblemTypes.TooManyRequests,
            Title = ProblemTypes.TooManyRequestsTitle,
            Detail = reason + " " + ProblemResults.Text(http, "Problem.RetryAfter", retryAfter),
            Instance = http.Request.Path,
        };
        problem.Extensions["traceId"] = http.TraceIdentifier;
        problem.Extensions["retryAfterSeconds"] = retryAfter;
        await http.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, ProblemResults.ProblemContentType, cancellationToken)
            .ConfigureAwait(false);
    }
}
