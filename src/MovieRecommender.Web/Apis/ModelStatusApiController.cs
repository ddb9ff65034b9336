using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Web.Apis.Contracts;
using MovieRecommender.Web.RateLimiting;
using MovieRecommender.Web.Services;

namespace MovieRecommender.Web.Apis;

/// <summary>
/// Loading progress, polled every second or so by the loading page. Limited with the health probes rather than the
/// rest of the API, so a waiting browser tab cannot lock its user out.
/// </summary>
[ApiController]
[EnableRateLimiting(RateLimitPolicyNames.Health)]
public sealed class ModelStatusApiController(IRecommenderService recommender, ModelLoadState loadState) : ControllerBase
{
    /// <summary>Loading state, progress (0–100), stage and the served model version.</summary>
    [HttpGet("/api/v1/model/status")]
    [ProducesResponseType<ModelStatusResponse>(StatusCodes.Status200OK)]
    public ModelStatusResponse Status()
    {
        Response.Headers.CacheControl = "no-store";
        return ApiMapper.Status(loadState.Current, recommender.IsReady);
    }
}
