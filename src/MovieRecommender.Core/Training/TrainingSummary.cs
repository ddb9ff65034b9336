namespace MovieRecommender.Core.Training;

/// <summary>What a training run produced, for the CLI's summary table and logs.</summary>
public sealed record TrainingSummary
{
    public required string ModelDirectory { get; init; }
    public required string ModelVersion { get; init; }
    public required int RowsRead { get; init; }
    public required int RowsSkipped { get; init; }
    public IReadOnlyList<long> FirstSkippedLines { get; init; } = [];
    public required int RowsFilteredOut { get; init; }
    public required int Movies { get; init; }
    public required int Terms { get; init; }
    public required long NeighbourEntries { get; init; }
    public required long ModelBytes { get; init; }
    public required IReadOnlyDictionary<TrainingStage, TimeSpan> StageDurations { get; init; }
    /// <summary>Films with watch-provider data in the model, or null when no providers file was given.</summary>
    public int? ProviderFilms { get; init; }

    public TimeSpan TotalDuration => StageDurations.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b);
}
