using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Web.Apis.Contracts;
using MovieRecommender.Web.Caching;
using MovieRecommender.Web.RateLimiting;
using MovieRecommender.Web.ScaleOut;
using MovieRecommender.Web.Services;

namespace MovieRecommender.Web.Apis;

/// <summary>Liveness/readiness for load balancers and monitoring.</summary>
[ApiController]
[EnableRateLimiting(RateLimitPolicyNames.Health)]
public sealed class HealthApiController(
    ModelHealth modelHealth,
    AppUptime uptime,
    RecommendationPageCache pageCache,
    RedisConnection redis,
    ReplicaIdentity replica,
    ReplicaRegistry registry) : ControllerBase
{
    /// <summary>200 when a model is served, 503 while loading or after a failed load; also where shared state lives.</summary>
    [HttpGet("/api/health")]
    [HttpGet("/api/v1/health")]
    [HttpHead("/api/health")]
    [HttpHead("/api/v1/health")]
    [ProducesResponseType<HealthResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<HealthResponse>(StatusCodes.Status503ServiceUnavailable)]
    public async Task<IActionResult> Health()
    {
        var report = modelHealth.Evaluate();
        var cache = report.IsServing ? pageCache.Statistics : null;
        var replicas = redis.IsConfigured
            ? (await registry.LiveReplicasAsync()).Select(r => new ReplicaDto(r.Name, r.ModelVersion, r.State, r.LastSeen)).ToList()
            : null;
        var body = new HealthResponse
        {
            Status = report.Status,
            State = report.State,
            ModelVersion = report.ModelVersion,
            Movies = report.Movies,
            Catalog = report.Catalog,
            UptimeSeconds = (long)uptime.Elapsed.TotalSeconds,
            Progress = report.Progress,
            Reason = report.Reason,
            Cache = cache is null ? null : new CacheStatisticsDto(cache.Hits, cache.Misses, cache.Entries),
            Replica = replica.Name,
            SharedState = SharedState(),
            Replicas = replicas,
        };
        if (!report.IsServing)
        {
            Response.Headers.RetryAfter = ProblemTypes.LoadingRetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return StatusCode(report.IsServing ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable, body);
    }

    private SharedStateDto SharedState()
    {
        if (!redis.IsConfigured)
        {
            return new SharedStateDto("off", "per-replica", "in-process");
        }

        return redis.IsAvailable
            ? new SharedStateDto("connected", "shared", "in-process+redis")
            : new SharedStateDto("unavailable", "per-replica", "in-process");
    }
}
