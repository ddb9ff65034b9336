namespace MovieRecommender.Core.Ingest;

/// <summary>Which rows of a catalog become films of the model (training turns its request into one).</summary>
public sealed record CatalogFilter
{
    /// <summary>Everything that parses: no vote threshold, adult and unreleased films included.</summary>
    public static CatalogFilter None { get; } = new() { MinVoteCount = 0, IncludeAdult = true, ReleasedOnly = false };

    public int MinVoteCount { get; init; }

    public bool IncludeAdult { get; init; }

    public bool ReleasedOnly { get; init; } = true;

    internal bool Accepts(in ParsedRow row) =>
        row.Movie.VoteCount >= MinVoteCount
        && (IncludeAdult || !row.IsAdult)
        && (!ReleasedOnly || row.IsReleased);
}
