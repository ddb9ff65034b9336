namespace MovieRecommender.Benchmarks.Measurement;

/// <summary>One catalog size's end-to-end figures, kept in docs/scale-results.json across runs.</summary>
public sealed record ScaleResult
{
    public required int Size { get; init; }
    public required DateTimeOffset MeasuredAt { get; init; }
    public required double GenerateSeconds { get; init; }
    public required long CatalogFileBytes { get; init; }
    public required TrainMeasurement Train { get; init; }
    public required ServeMeasurement Serve { get; init; }

    /// <summary>Load average (1 min) when training started: other work sharing the cores.</summary>
    public double? LoadAverageAtStart { get; init; }
}
