using MovieRecommender.Core.Ingest;

namespace MovieRecommender.Core.Training;

/// <summary>
/// The catalog filter a training request asks for. It lives in Training, not Ingest, so Ingest knows nothing of
/// training: the dependency runs one way.
/// </summary>
public static class TrainingCatalogFilter
{
    public const int LowQualityMinVotes = 5;
    public const int MediumQualityMinVotes = 50;
    public const int HighQualityMinVotes = 500;

    public static int MinVotesFor(QualityPreset preset) => preset switch
    {
        QualityPreset.Low => LowQualityMinVotes,
        QualityPreset.Medium => MediumQualityMinVotes,
        QualityPreset.High => HighQualityMinVotes,
        _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, "Unknown quality preset."),
    };

    /// <summary>The preset's thresholds with the request's explicit overrides applied.</summary>
    public static CatalogFilter For(TrainingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new CatalogFilter
        {
            MinVoteCount = request.MinVoteCount ?? MinVotesFor(request.Quality),
            IncludeAdult = request.IncludeAdult,
            ReleasedOnly = request.ReleasedOnly,
        };
    }
}
