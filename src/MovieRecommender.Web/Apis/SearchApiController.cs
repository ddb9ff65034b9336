using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Web.Apis.Contracts;
using MovieRecommender.Web.RateLimiting;
using MovieRecommender.Web.Filters;
using MovieRecommender.Web.Observability;
using MovieRecommender.Web.Presentation;
using MovieRecommender.Web.Queries;

namespace MovieRecommender.Web.Apis;

/// <summary>Title autocomplete.</summary>
[ApiController]
[EnableRateLimiting(RateLimitPolicyNames.Api)]
public sealed class SearchApiController(IRecommenderService recommender, AppMetrics metrics) : ControllerBase
{
    /// <summary>Films whose title matches <c>q</c>, best first.</summary>
    [HttpGet("/api/search")]
    [HttpGet("/api/v1/search")]
    [RequiresModel]
    [ProducesResponseType<SearchResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public ActionResult<SearchResponse> Search([FromQuery] SearchQuery query)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var hits = recommender.Search(query.Text, query.Limit ?? QueryLimits.DefaultSearchLimit);
        metrics.SearchCompleted(System.Diagnostics.Stopwatch.GetElapsedTime(started));
        var results = hits.Select(h => new SearchResultDto(h.Movie.Id, h.Movie.Title, h.Movie.Year, MovieLinks.PosterUrl(h.Movie.PosterPath), Math.Round(h.Score, 4))).ToList();
        return new SearchResponse(query.Text, results.Count, results);
    }
}
