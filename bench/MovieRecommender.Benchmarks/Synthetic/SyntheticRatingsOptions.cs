namespace MovieRecommender.Benchmarks.Synthetic;

/// <summary>
/// Shape of a synthetic MovieLens-layout ratings file. The defaults follow MovieLens 25M: 25 million ratings over
/// about 60,000 films, each user rating at least 20 films with a long-tailed count (median ≈ 71, mean ≈ 154).
/// </summary>
public sealed record SyntheticRatingsOptions
{
    public long RatingCount { get; init; } = 25_000_000;

    /// <summary>Films that get ratings: the catalog's most-voted films (the rest stay cold).</summary>
    public int RatedFilms { get; init; } = 60_000;

    public int MinRatingsPerUser { get; init; } = 20;

    public int MaxRatingsPerUser { get; init; } = 8_000;

    /// <summary>ln of the median ratings per user, and the spread of the log-normal user activity.</summary>
    public double ActivityLogMedian { get; init; } = 4.26;

    public double ActivityLogSpread { get; init; } = 1.24;

    /// <summary>Zipf exponent of film popularity among ratings.</summary>
    public double PopularityExponent { get; init; } = 0.9;

    /// <summary>Taste clusters; a user draws this share of films from their favourite cluster.</summary>
    public int Tastes { get; init; } = 40;

    public double TasteShare { get; init; } = 0.6;

    public int Seed { get; init; } = 42;
}
