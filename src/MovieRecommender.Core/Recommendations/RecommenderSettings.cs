using MovieRecommender.Core.Personalization;

namespace MovieRecommender.Core.Recommendations;

/// <summary>
/// How the recommender should answer one visitor: the knobs an A/B experiment variant turns. Null leaves the
/// request's own value (or the engine default) alone. What the visitor asked for explicitly (a diversity slider, an
/// <c>algorithm</c> parameter) is applied by the caller after these.
/// </summary>
public sealed record RecommenderSettings(RecommendationAlgorithm? Algorithm = null, double? PopularityPrior = null, double? Diversity = null)
{
    public static RecommenderSettings Default { get; } = new();

    /// <summary>The request with these settings filled in where the request leaves them open.</summary>
    public RecommendationRequest ApplyTo(RecommendationRequest request, bool diversityChosen)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request with
        {
            Algorithm = request.Algorithm ?? Algorithm,
            PopularityPrior = request.PopularityPrior ?? PopularityPrior,
            Diversity = diversityChosen || Diversity is null ? request.Diversity : Diversity.Value,
        };
    }

    /// <summary>The personal ("for you") request with these settings filled in where it leaves them open.</summary>
    public PersonalRecommendationRequest ApplyTo(PersonalRecommendationRequest request, bool diversityChosen)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request with
        {
            Algorithm = request.Algorithm ?? Algorithm,
            PopularityPrior = request.PopularityPrior ?? PopularityPrior,
            Diversity = diversityChosen || Diversity is null ? request.Diversity : Diversity.Value,
        };
    }
}
