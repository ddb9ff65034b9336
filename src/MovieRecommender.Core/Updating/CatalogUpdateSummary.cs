using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Updating;

/// <summary>What an update did, for the CLI's summary table, the admin page and logs.</summary>
public sealed record CatalogUpdateSummary
{
    public required string ModelDirectory { get; init; }

    /// <summary>The version published by this update.</summary>
    public required string ModelVersion { get; init; }

    /// <summary>The version it was built on.</summary>
    public required string PreviousVersion { get; init; }

    public required int RowsRead { get; init; }

    public required int RowsSkipped { get; init; }

    public IReadOnlyList<long> FirstSkippedLines { get; init; } = [];

    /// <summary>Rows the model's own filter (votes, adult, status at training) rejected.</summary>
    public required int RowsFilteredOut { get; init; }

    public required int FilmsAdded { get; init; }

    public required int FilmsReplaced { get; init; }

    /// <summary>Existing films (not in the input) whose neighbour lists changed.</summary>
    public required int ExistingListsChanged { get; init; }

    public required int TermsAdded { get; init; }

    public required int Movies { get; init; }

    public required int Terms { get; init; }

    /// <summary>Films added by updates since the last full training, this one included.</summary>
    public required int FilmsAddedSinceTraining { get; init; }

    /// <summary>
    /// True when the model is a hybrid and its collaborative part and ranker were carried over: films kept their
    /// ratings data, new films have none yet and are recommended from content until the next training with ratings.
    /// </summary>
    public bool CollaborativeCarried { get; init; }

    public required IdfDrift Drift { get; init; }

    public required long ModelBytes { get; init; }

    public required IReadOnlyDictionary<TrainingStage, TimeSpan> StageDurations { get; init; }

    public TimeSpan TotalDuration => StageDurations.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b);
}
