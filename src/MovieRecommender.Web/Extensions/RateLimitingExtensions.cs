using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using MovieRecommender.Web.Apis;
using MovieRecommender.Web.Settings;

namespace MovieRecommender.Web.Extensions;

public static class RateLimitingExtensions
{
    /// <summary>
    /// Fixed window per client IP. Windows are aligned to the clock (the window index is part of the partition
    /// key), which lets the 429 say exactly how many seconds remain in the current window.
    /// </summary>
    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(ApiRateLimiting.PolicyName, Partition);
            options.OnRejected = OnRejectedAsync;
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        var settings = context.RequestServices.GetRequiredService<IOptions<RateLimitingSettings>>().Value;
        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().ToUnixTimeSeconds();
        var window = now / settings.WindowSeconds;
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(
            string.Create(CultureInfo.InvariantCulture, $"{client}|{window}"),
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = settings.PermitLimit,
                Window = TimeSpan.FromSeconds(settings.WindowSeconds),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
    }

    private static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var settings = http.RequestServices.GetRequiredService<IOptions<RateLimitingSettings>>().Value;
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().ToUnixTimeSeconds();
        var retryAfter = Math.Max(1, settings.WindowSeconds - (now % settings.WindowSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Type = ProblemTypes.TooManyRequests,
            Title = ProblemTypes.TooManyRequestsTitle,
            Detail = $"At most {settings.PermitLimit} requests per {settings.WindowSeconds} s per client. Retry after {retryAfter} s.",
            Instance = http.Request.Path,
        };
        problem.Extensions["traceId"] = http.TraceIdentifier;
        problem.Extensions["retryAfterSeconds"] = retryAfter;
        await http.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, ProblemResults.ProblemContentType, cancellationToken)
            .ConfigureAwait(false);
    }
}
