using System.Net;

namespace MovieRecommender.EndToEnd.Infrastructure;

/// <summary>One answer of GET /api/health seen while waiting for the app, kept so tests can check start-up states.</summary>
/// <param name="StatusCode">HTTP status of the answer.</param>
/// <param name="Status">The JSON <c>status</c> field (<c>loading</c>, <c>healthy</c>, <c>unhealthy</c>), or null when absent.</param>
/// <param name="Body">The raw body, for diagnostics.</param>
/// <param name="SinceStart">Time from process start to this answer.</param>
public sealed record HealthResponse(HttpStatusCode StatusCode, string? Status, string Body, TimeSpan SinceStart)
{
    public const string Healthy = "healthy";
    public const string Loading = "loading";

    public bool IsHealthy => StatusCode == HttpStatusCode.OK && Status == Healthy;

    public bool IsLoading => StatusCode == HttpStatusCode.ServiceUnavailable && Status == Loading;

    public override string ToString() =>
        $"{(int)StatusCode} status={Status ?? "(none)"} after {SinceStart.TotalSeconds:0.0}s: {Body}";
}
