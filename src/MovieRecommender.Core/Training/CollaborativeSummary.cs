namespace MovieRecommender.Core.Training;

/// <summary>The ratings a model was trained with and what was made of them.</summary>
public sealed record CollaborativeSummary
{
    public required long RatingRowsRead { get; init; }

    public required long RatingsUsed { get; init; }

    /// <summary>Ratings of films the catalog does not hold (no link, or a TMDB id outside the catalog).</summary>
    public required long RatingsOutsideCatalog { get; init; }

    public required long RatingRowsMalformed { get; init; }

    public IReadOnlyList<long> FirstMalformedLines { get; init; } = [];

    public required int Users { get; init; }

    public required int FilmsRated { get; init; }

    public required long SimilarityEntries { get; init; }

    public required int RankerQueries { get; init; }
}
