using MovieRecommender.Core.Hybrid;
using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Core.Personalization;

/// <summary>
/// "For you" with the hybrid when the served model has one: the profile's ratings (newest first) and its likes
/// (as a top rating) are folded into the ALS factors and the learned ranker orders the candidates, as measured on the
/// personal protocol (docs/quality.md). A content-only model, or a profile none of whose films anybody rated, gets
/// the content-based <see cref="ContentPersonalRecommender"/> (weighted seeds, signals against, recent watches).
/// The seeds reported are the selector's, so each result can still say "because you rated Heat 5★".
/// </summary>
public sealed class HybridPersonalRecommender(
    IProfileRecommender profiles, IRecommenderService engine, ContentPersonalRecommender content, IProfileSeedSelector selector,
    TimeProvider clock) : IPersonalRecommender
{
    public PersonalRecommendations Recommend(UserProfile profile, PersonalRecommendationRequest request)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(request);
        // The same seeds as the content path decide whether there is a signal yet, so the page's start state is the same.
        var seeds = selector.SelectSeeds(profile, id => engine.GetMovie(id) is not null, clock.GetUtcNow().UtcDateTime);
        if (!profiles.ServesHybrid || !seeds.Any(s => s.Weight > 0))
        {
            return content.Recommend(profile, request);
        }

        var result = profiles.RecommendForProfile(new ProfileRecommendationRequest
        {
            Ratings = RatedFilms(profile),
            Count = request.Count,
            Offset = request.Offset,
            Filter = request.Filter,
            Diversity = request.Diversity,
            HideSeen = request.HideSeen,
            ExcludeIds = request.HideSeen ? [.. profile.AllFilms()] : [],
        });
        if (result.Algorithm != RecommendationAlgorithm.Hybrid)
        {
            return content.Recommend(profile, request);
        }

        return new PersonalRecommendations(result, seeds);
    }

    /// <summary>Ratings newest first (the service keeps the highest when it must cut), then liked films not rated.</summary>
    private static List<RatedFilm> RatedFilms(UserProfile profile)
    {
        var films = profile.Ratings
            .Where(r => double.IsFinite(r.Stars))
            .OrderByDescending(r => r.At)
            .Select(r => new RatedFilm(r.MovieId, (float)r.Stars))
            .ToList();
        var rated = new HashSet<int>(films.Select(f => f.MovieId));
        films.AddRange(profile.Likes.Where(l => !rated.Contains(l.MovieId)).OrderByDescending(l => l.At)
            .Select(l => new RatedFilm(l.MovieId, HybridSeed.LikedRating)));
        return films;
    }
}
