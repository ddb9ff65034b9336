using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MovieRecommender.Web.RateLimiting;

namespace MovieRecommender.Web.Health;

/// <summary>Liveness and readiness probes (ASP.NET Core health checks) beside the richer GET /api/health.</summary>
public static class HealthCheckExtensions
{
    public const string LivePath = "/api/health/live";
    public const string ReadyPath = "/api/health/ready";
    public const string SelfCheckName = "self";

    public static IHealthChecksBuilder AddAppHealthChecks(this IServiceCollection services) =>
        services.AddHealthChecks()
            .AddCheck(SelfCheckName, () => HealthCheckResult.Healthy("the process answers"), [HealthCheckTags.Live])
            .AddCheck<ModelReadyHealthCheck>(ModelReadyHealthCheck.Name, tags: [HealthCheckTags.Ready]);

    public static WebApplication MapHealthProbes(this WebApplication app)
    {
        Map(app, LivePath, HealthCheckTags.Live);
        Map(app, ReadyPath, HealthCheckTags.Ready);
        return app;
    }

    private static void Map(WebApplication app, string path, string tag) =>
        app.MapHealthChecks(path, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(tag),
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).RequireRateLimiting(RateLimitPolicyNames.Health).DisableHttpMetrics();
}
