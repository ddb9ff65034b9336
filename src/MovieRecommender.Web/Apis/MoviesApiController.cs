using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Web.Apis.Contracts;
using MovieRecommender.Web.Analytics;
using MovieRecommender.Web.Caching;
using MovieRecommender.Web.RateLimiting;
using MovieRecommender.Web.Filters;
using MovieRecommender.Web.Queries;

namespace MovieRecommender.Web.Apis;

/// <summary>Film details and the top-rated list.</summary>
[ApiController]
[EnableRateLimiting(RateLimitPolicyNames.Api)]
[RequiresModel]
public sealed class MoviesApiController(IRecommenderService recommender, RecommendationPageCache pages, AnalyticsRecorder analytics) : ControllerBase
{
    /// <summary>One film by TMDB id: overview, people, companies, keywords and links.</summary>
    [HttpGet("/api/v1/movies/{id:int}")]
    [ProducesResponseType<MovieDetailsDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public ActionResult<MovieDetailsDto> Get(int id)
    {
        var movie = id > 0 ? recommender.GetMovie(id) : null;
        return movie is null
            ? ProblemResults.NoSuchFilm(HttpContext, id)
            : ApiMapper.Details(movie);
    }

    /// <summary>IMDb-weighted top-rated films, with the same filters as recommendations.</summary>
    [HttpGet("/api/v1/movies/top-rated")]
    [ProducesResponseType<PagedMoviesResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<PagedMoviesResponse> TopRated([FromQuery] MovieFilterQuery query)
    {
        var page = await pages.TopRatedAsync(query.ToFilter(), query.EffectiveOffset, query.Count, HttpContext.RequestAborted);
        analytics.ListServed(RecommendationLists.Api, RecommendationAlgorithm.Content);
        return ApiMapper.Paged(page);
    }
}
