namespace MovieRecommender.Benchmarks.Measurement;

/// <summary>What one training run cost (serialised as one JSON line by the child process).</summary>
public sealed record TrainMeasurement
{
    public required int Movies { get; init; }
    public required int Terms { get; init; }
    public required double TotalSeconds { get; init; }
    public required IReadOnlyDictionary<string, double> StageSeconds { get; init; }
    public required long PeakWorkingSetBytes { get; init; }
    public required long ModelBytes { get; init; }

    /// <summary>Size of each file of the model folder.</summary>
    public IReadOnlyDictionary<string, long> FileBytes { get; init; } = new Dictionary<string, long>();

    /// <summary>Ratings the collaborative part was trained on, when ratings were given.</summary>
    public long? RatingsUsed { get; init; }
}
