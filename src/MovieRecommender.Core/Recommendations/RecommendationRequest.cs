namespace MovieRecommender.Core.Recommendations;

/// <summary>
/// Recommend films like one title or several liked films. Exactly one of <see cref="Title"/> or
/// <see cref="SeedIds"/> is used (ids win when both are given).
/// </summary>
public sealed record RecommendationRequest
{
    public const int DefaultCount = 15;
    public const int MaxCount = 100;

    /// <summary>Free-text title, fuzzy-resolved; "Dune (2021)" selects by year.</summary>
    public string? Title { get; init; }

    /// <summary>TMDB ids of liked films.</summary>
    public IReadOnlyList<int> SeedIds { get; init; } = [];

    /// <summary>
    /// One weight per entry of <see cref="SeedIds"/> (same order); empty means every seed weighs the same. A negative
    /// weight is a signal against: films near that seed lose score. Films whose total score is not positive are
    /// dropped. A personal profile (ratings around the user's mean, likes, watches) is passed this way.
    /// </summary>
    public IReadOnlyList<double> SeedWeights { get; init; } = [];

    /// <summary>TMDB ids never to recommend (e.g. films the user has already rated or watched).</summary>
    public IReadOnlyCollection<int> ExcludeIds { get; init; } = [];

    public int Count { get; init; } = DefaultCount;
    public int Offset { get; init; }
    public MovieFilter Filter { get; init; } = MovieFilter.None;

    /// <summary>MMR λ from 0 (pure relevance) to 1 (most diverse).</summary>
    public double Diversity { get; init; }

    /// <summary>Null: the hybrid when the model has one, else content.</summary>
    public RecommendationAlgorithm? Algorithm { get; init; }

    /// <summary>
    /// Weight of the popularity prior for this request (0–1); null uses <see cref="RecommenderOptions.PopularityPrior"/>.
    /// Set per request by A/B experiment variants.
    /// </summary>
    public double? PopularityPrior { get; init; }
}
