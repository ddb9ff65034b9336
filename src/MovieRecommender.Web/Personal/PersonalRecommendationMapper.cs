using MovieRecommender.Core.Personalization;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Web.Apis.Contracts;
using MovieRecommender.Web.Personal.Contracts;

namespace MovieRecommender.Web.Personal;

/// <summary>Personal recommendations to the public shape of /api/v1/recommendations plus each result's "because".</summary>
public sealed class PersonalRecommendationMapper(IRecommenderService recommender)
{
    public RecommendationsResponse Response(PersonalRecommendations personal)
    {
        ArgumentNullException.ThrowIfNull(personal);
        var result = personal.Result;
        var seedsUsed = personal.Seeds.Where(s => s.Weight > 0).Select(s => recommender.GetMovie(s.MovieId)).OfType<Core.Catalog.Movie>();
        return new RecommendationsResponse(
            [.. seedsUsed.Select(ApiMapper.Summary)], result.Total, result.Offset, result.IsShort,
            [.. result.Items.Select(item => ApiMapper.Recommendation(item) with { Because = Because(item, personal.Seeds) })])
        {
            Algorithm = RecommendationAlgorithms.NameOf(result.Algorithm),
        };
    }

    public IReadOnlyList<BecauseDto> Because(Recommendation item, IReadOnlyList<ProfileSeed> seeds)
    {
        ArgumentNullException.ThrowIfNull(item);
        var bySeed = seeds.ToDictionary(s => s.MovieId);
        var because = new List<BecauseDto>();
        foreach (var source in item.Sources)
        {
            if (bySeed.TryGetValue(source.MovieId, out var seed) && recommender.GetMovie(source.MovieId) is { } movie)
            {
                because.Add(new BecauseDto(movie.Id, movie.Title, BecauseText.ReasonName(seed.Reason), seed.Stars, BecauseText.For(movie.Title, seed)));
            }
        }

        return because;
    }
}
