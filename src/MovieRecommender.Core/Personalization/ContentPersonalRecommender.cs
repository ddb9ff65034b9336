using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Core.Personalization;

/// <summary>
/// "For you" from the content model: the profile's weighted seeds go through the engine's multi-seed path
/// (<see cref="RecommendationRequest.SeedWeights"/>), which merges their neighbour lists, applies the filters,
/// diversity and paging, and reports which seeds brought each film in.
/// </summary>
public sealed class ContentPersonalRecommender(IRecommenderService engine, IProfileSeedSelector selector, TimeProvider clock) : IPersonalRecommender
{
    public PersonalRecommendations Recommend(UserProfile profile, PersonalRecommendationRequest request)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(request);
        var seeds = selector.SelectSeeds(profile, id => engine.GetMovie(id) is not null, clock.GetUtcNow().UtcDateTime);
        if (!seeds.Any(s => s.Weight > 0))
        {
            return new PersonalRecommendations(new RecommendationResult { Status = RecommendationStatus.Ok, Offset = request.Offset }, seeds);
        }

        var result = engine.Recommend(new RecommendationRequest
        {
            SeedIds = [.. seeds.Select(s => s.MovieId)],
            SeedWeights = [.. seeds.Select(s => s.Weight)],
            ExcludeIds = request.HideSeen ? [.. profile.AllFilms()] : [],
            Count = request.Count,
            Offset = request.Offset,
            Filter = request.Filter,
            Diversity = request.Diversity,
            PopularityPrior = request.PopularityPrior,
            Algorithm = request.Algorithm,
        });
        return new PersonalRecommendations(result, seeds);
    }
}
