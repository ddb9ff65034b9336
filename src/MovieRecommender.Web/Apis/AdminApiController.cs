using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Web.Apis.Contracts;
using MovieRecommender.Web.Caching;
using MovieRecommender.Web.RateLimiting;
using MovieRecommender.Web.Filters;
using MovieRecommender.Web.Services;

namespace MovieRecommender.Web.Apis;

/// <summary>
/// Operator API for scripts: authenticated by the X-Admin-Key header only (never the cookie), which is why
/// antiforgery does not apply: a browser cannot attach that header cross-site.
/// </summary>
[ApiController]
[AdminAccess(headerOnly: true)]
[IgnoreAntiforgeryToken]
[EnableRateLimiting(RateLimitPolicyNames.Api)]
public sealed class AdminApiController(
    IRecommenderService recommender,
    RecommendationPageCache pageCache,
    ModelLoadState loadState,
    ModelReloadTrigger reloadTrigger,
    SearchStatistics statistics) : ControllerBase
{
    private const int TopSearchCount = 20;

    /// <summary>Loads the model folder again in the background; the current model serves until the new one is ready.</summary>
    [HttpPost("/api/v1/admin/reload")]
    [ProducesResponseType<ModelStatusResponse>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    public IActionResult Reload()
    {
        reloadTrigger.RequestReload("admin API");
        return Accepted("/api/v1/model/status", ApiMapper.Status(loadState.Current, recommender.IsReady));
    }

    /// <summary>Cache statistics and the most requested films.</summary>
    [HttpGet("/api/v1/admin/stats")]
    [ProducesResponseType<AdminStatsResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    public AdminStatsResponse Stats()
    {
        var cache = recommender.IsReady ? pageCache.Statistics : new CacheStatistics(0, 0, 0);
        return new AdminStatsResponse(
            ApiMapper.Status(loadState.Current, recommender.IsReady),
            new CacheStatisticsDto(cache.Hits, cache.Misses, cache.Entries),
            [.. statistics.Top(TopSearchCount).Select(p => new TitleCountDto(p.Key, p.Value))]);
    }
}
