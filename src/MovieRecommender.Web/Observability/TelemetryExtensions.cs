using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace MovieRecommender.Web.Observability;

/// <summary>
/// OpenTelemetry metrics (ASP.NET Core, Kestrel, rate limiting, runtime and <see cref="AppMetrics"/>) scraped as
/// Prometheus text at <see cref="MetricsPath"/>; traces and metrics also go to an OTLP collector when the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> variable is set.
/// </summary>
public static class TelemetryExtensions
{
    public const string MetricsPath = "/metrics";
    public const string ServiceName = "movierecommender";
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>HTTP server duration buckets (seconds), finer than the default at the low end where this app lives.</summary>
    private static readonly double[] HttpDurationBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 10];

    public static WebApplicationBuilder AddOpenTelemetryMetrics(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AppMetrics>();
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(AppMetrics.MeterName)
                .AddView("http.server.request.duration", new ExplicitBucketHistogramConfiguration { Boundaries = HttpDurationBuckets })
                .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));

        // Traces only leave the process through OTLP, so without a collector they are not recorded at all.
        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointVariable]))
        {
            otel.WithTracing(tracing => tracing.AddAspNetCoreInstrumentation(o =>
                    o.Filter = context => !context.Request.Path.StartsWithSegments(MetricsPath, StringComparison.OrdinalIgnoreCase)))
                .UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>The scrape endpoint, behind <see cref="MetricsAccessMiddleware"/>.</summary>
    public static WebApplication MapMetrics(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(MetricsPath);
        return app;
    }

    /// <summary>Resolves the instruments at start so the observable ones are registered before the first scrape.</summary>
    public static WebApplication UseAppMetrics(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<AppMetrics>();
        _ = app.Services.GetRequiredService<LatencyRecorder>();
        app.UseMiddleware<MetricsAccessMiddleware>();
        return app;
    }
}
