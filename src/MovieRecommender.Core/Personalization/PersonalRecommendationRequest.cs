using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Core.Personalization;

/// <summary>Paging, filters and diversity as for similar films, plus whether to hide films the user has seen.</summary>
public sealed record PersonalRecommendationRequest
{
    public int Count { get; init; } = RecommendationRequest.DefaultCount;
    public int Offset { get; init; }
    public MovieFilter Filter { get; init; } = MovieFilter.None;
    public double Diversity { get; init; }

    /// <summary>Drop films the user rated, liked, watched or put on the watchlist (default true).</summary>
    public bool HideSeen { get; init; } = true;

    /// <summary>Weight of the popularity prior (0–1); null uses the engine's. Set by A/B experiment variants.</summary>
    public double? PopularityPrior { get; init; }

    /// <summary>Which recommender answers; null: the hybrid when the model has one, else content.</summary>
    public RecommendationAlgorithm? Algorithm { get; init; }
}
