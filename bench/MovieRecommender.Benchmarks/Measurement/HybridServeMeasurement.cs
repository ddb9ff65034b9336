namespace MovieRecommender.Benchmarks.Measurement;

/// <summary>What the hybrid-latency command measured for one model trained with ratings (one JSON line).</summary>
public sealed record HybridServeMeasurement
{
    public required int Movies { get; init; }
    public required int RatedFilms { get; init; }
    public required double LoadSeconds { get; init; }
    public required double IndexSeconds { get; init; }
    public required long ResidentBytesAfterLoad { get; init; }
    public required long CollaborativeBytes { get; init; }
    public required LatencySummary HybridRecommend { get; init; }
    public required LatencySummary ContentRecommend { get; init; }
    public required LatencySummary Profile { get; init; }
    public required LatencySummary FoldIn { get; init; }
}
