namespace MovieRecommender.Core.Collaborative;

/// <summary>Ratings mapped to catalog films, with what was dropped and why.</summary>
public sealed record RatingsReadResult
{
    public required IReadOnlyList<UserFilmRating> Ratings { get; init; }

    public required long RowsRead { get; init; }

    /// <summary>Rows with a missing or unparsable field, or a rating outside 0.5–5.</summary>
    public required long RowsMalformed { get; init; }

    public IReadOnlyList<long> FirstMalformedLines { get; init; } = [];

    /// <summary>Ratings of films that links.csv does not map to a TMDB id, or whose TMDB id is not in the catalog.</summary>
    public required long RowsOutsideCatalog { get; init; }

    public required int Users { get; init; }

    public required int FilmsRated { get; init; }

    /// <summary>sha256 of the ratings and links files, in that order.</summary>
    public required string DatasetSha256 { get; init; }
}
