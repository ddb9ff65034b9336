using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MovieRecommender.Core.Personalization;
using MovieRecommender.Web.Accounts;
using MovieRecommender.Web.Analytics;
using MovieRecommender.Web.Apis.Contracts;
using MovieRecommender.Web.Filters;
using MovieRecommender.Web.RateLimiting;

namespace MovieRecommender.Web.Personal;

/// <summary>Recommendations from the signed-in user's whole profile.</summary>
[ApiController]
[Authorize(AuthenticationSchemes = AccountSchemes.Api)]
[EnableRateLimiting(RateLimitPolicyNames.Api)]
[RequiresModel]
public sealed class ForYouApiController(ProfileLoader profiles, IPersonalRecommender personal, PersonalRecommendationMapper mapper,
    AnalyticsRecorder analytics) : ControllerBase
{
    /// <summary>
    /// Personal top-N: with a model trained with ratings, the hybrid (ratings folded into ALS factors, learned ranker,
    /// part of the list from the liked films' content neighbours); otherwise ratings weighted by distance from the
    /// user's mean (below it counts against), likes and recent watches. Filters, diversity and paging as
    /// /api/v1/recommendations; hideSeen (default true) drops films already rated, liked, watched or watchlisted;
    /// algorithm says which ranked the list; each result says which profile films brought it in ("because").
    /// An empty profile gives an empty list.
    /// </summary>
    [HttpGet("/api/v1/me/recommendations")]
    [ProducesResponseType<RecommendationsResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    public async Task<RecommendationsResponse> Get([FromQuery] PersonalRecommendationQuery query, CancellationToken cancellationToken)
    {
        var profile = await profiles.LoadAsync(CurrentUser.Id(User), cancellationToken).ConfigureAwait(false);
        var request = analytics.Settings.ApplyTo(query.ToRequest(), diversityChosen: query.Diversity is not null);
        var result = personal.Recommend(profile, request);
        if (result.HasSignal)
        {
            analytics.ListServed(RecommendationLists.Api, request.Algorithm);
        }

        return mapper.Response(result);
    }
}
