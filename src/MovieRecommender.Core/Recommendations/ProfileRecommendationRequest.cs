namespace MovieRecommender.Core.Recommendations;

/// <summary>Personal recommendations from what one user rated (the accounts feature's profile).</summary>
public sealed record ProfileRecommendationRequest
{
    /// <summary>
    /// The user's ratings, most important first when they must be cut (the service keeps at most
    /// <see cref="RecommenderService.MaxProfileSeeds"/>, highest rating first, ties in this order: pass newest first).
    /// Films the catalog does not hold are ignored.
    /// </summary>
    public IReadOnlyList<RatedFilm> Ratings { get; init; } = [];

    public int Count { get; init; } = RecommendationRequest.DefaultCount;

    public int Offset { get; init; }

    public MovieFilter Filter { get; init; } = MovieFilter.None;

    /// <summary>MMR λ from 0 (pure relevance) to 1 (most diverse).</summary>
    public double Diversity { get; init; }

    /// <summary>Leave out every film the user rated (default); when false, rated films beyond those used as the profile may be listed.</summary>
    public bool HideSeen { get; init; } = true;

    /// <summary>More films (TMDB ids) never to list, e.g. the profile's liked, watched and watchlisted films; unknown ids are ignored.</summary>
    public IReadOnlyList<int> ExcludeIds { get; init; } = [];

    /// <summary>Null: the hybrid when the model has one, else content.</summary>
    public RecommendationAlgorithm? Algorithm { get; init; }
}
