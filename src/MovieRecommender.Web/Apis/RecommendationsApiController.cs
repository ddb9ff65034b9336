using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Web.Apis.Contracts;
using MovieRecommender.Web.Analytics;
using MovieRecommender.Web.Caching;
using MovieRecommender.Web.RateLimiting;
using MovieRecommender.Web.Filters;
using MovieRecommender.Web.Queries;
using MovieRecommender.Web.Services;

namespace MovieRecommender.Web.Apis;

/// <summary>Films like one title or several liked films, as JSON or CSV.</summary>
[ApiController]
[EnableRateLimiting(RateLimitPolicyNames.Api)]
[RecommendationCost]
[RequiresModel]
public sealed class RecommendationsApiController(RecommendationPageCache pages, SearchStatistics statistics, AnalyticsRecorder analytics) : ControllerBase
{
    public const string CsvFileName = "recommendations.csv";

    /// <summary>Films like a title (fuzzy-resolved) or one or more liked ids, with reasons, filters and paging.</summary>
    [HttpGet("/api/v1/recommendations")]
    [ProducesResponseType<RecommendationsResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get([FromQuery] RecommendationQuery query)
    {
        var (result, error) = await RecommendAsync(query);
        return error ?? Ok(ApiMapper.Recommendations(result!));
    }

    /// <summary>The same recommendations as a CSV attachment (rank, id, title, year, genres, rating, reasons).</summary>
    [HttpGet("/api/v1/recommendations.csv")]
    [ProducesResponseType<string>(StatusCodes.Status200OK, "text/csv")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> GetCsv([FromQuery] RecommendationQuery query)
    {
        var (result, error) = await RecommendAsync(query);
        return error ?? File(RecommendationCsvWriter.Write(result!), "text/csv; charset=utf-8", CsvFileName);
    }

    private async Task<(RecommendationResult? Result, IActionResult? Error)> RecommendAsync(RecommendationQuery query)
    {
        if (!query.HasSeed)
        {
            ModelState.AddModelError("title", ProblemResults.Text(HttpContext, "Problem.TitleOrId"));
            return (null, ValidationProblem(ModelState));
        }

        var request = analytics.Settings.ApplyTo(query.ToRequest(), diversityChosen: query.Diversity is not null);
        var result = await pages.RecommendAsync(request, HttpContext.RequestAborted);
        if (request.Title is { } searched)
        {
            analytics.SearchSubmitted(searched, result.Status == RecommendationStatus.SeedNotFound ? 0 : result.Total);
        }

        if (result.Status == RecommendationStatus.SeedNotFound)
        {
            var detail = query.SeedIds.Count > 0
                ? ProblemResults.Text(HttpContext, "Problem.NoFilmMatchesIds", string.Join(", ", query.SeedIds))
                : ProblemResults.Text(HttpContext, "Problem.NoFilmMatchesTitle", query.TrimmedTitle ?? string.Empty);
            var error = ProblemResults.Create(HttpContext, StatusCodes.Status404NotFound, ProblemTypes.TitleNotFound, ProblemTypes.TitleNotFoundTitle,
                detail,
                new Dictionary<string, object?> { ["suggestions"] = result.Suggestions.Select(ApiMapper.Suggestion).ToList() });
            return (null, error);
        }

        foreach (var seed in result.Seeds)
        {
            statistics.Record(seed.Title);
        }

        analytics.ListServed(RecommendationLists.Api, request.Algorithm);
        return (result, null);
    }
}
