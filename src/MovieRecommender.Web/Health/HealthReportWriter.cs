using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MovieRecommender.Web.Health;

/// <summary>
/// Writes a health report as JSON: <c>{ "status": "healthy|degraded|unhealthy", "checks": [ { "name", "status",
/// "description", "durationMs" } ] }</c>, lower-case like /api/health.
/// </summary>
public static class HealthReportWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var body = new
        {
            status = Name(report.Status),
            checks = report.Entries.Select(e => new
            {
                name = e.Key,
                status = Name(e.Value.Status),
                description = e.Value.Description,
                durationMs = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
            }),
        };
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsJsonAsync(body, Json, context.RequestAborted);
    }

    private static string Name(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "healthy",
        HealthStatus.Degraded => "degraded",
        _ => "unhealthy",
    };
}
