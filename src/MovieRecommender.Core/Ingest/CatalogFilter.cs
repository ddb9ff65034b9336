using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Ingest;

/// <summary>Which rows of a catalog become films of the model.</summary>
public sealed record CatalogFilter
{
    public const int LowQualityMinVotes = 5;
    public const int MediumQualityMinVotes = 50;
    public const int HighQualityMinVotes = 500;

    /// <summary>Everything that parses: no vote threshold, adult and unreleased films included.</summary>
    public static CatalogFilter None { get; } = new() { MinVoteCount = 0, IncludeAdult = true, ReleasedOnly = false };

    public int MinVoteCount { get; init; }

    public bool IncludeAdult { get; init; }

    public bool ReleasedOnly { get; init; } = true;

    public static int MinVotesFor(QualityPreset preset) => preset switch
    {
        QualityPreset.Low => LowQualityMinVotes,
        QualityPreset.Medium => MediumQualityMinVotes,
        QualityPreset.High => HighQualityMinVotes,
        _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, "Unknown quality preset."),
    };

    /// <summary>The preset's thresholds with the request's explicit overrides applied.</summary>
    public static CatalogFilter FromRequest(TrainingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new CatalogFilter
        {
            MinVoteCount = request.MinVoteCount ?? MinVotesFor(request.Quality),
            IncludeAdult = request.IncludeAdult,
            ReleasedOnly = request.ReleasedOnly,
        };
    }

    internal bool Accepts(in ParsedRow row) =>
        row.Movie.VoteCount >= MinVoteCount
        && (IncludeAdult || !row.IsAdult)
        && (!ReleasedOnly || row.IsReleased);
}
