namespace MovieRecommender.Benchmarks.Measurement;

/// <summary>What the latency command measured for one model directory (serialised as one JSON line).</summary>
public sealed record ServeMeasurement
{
    public required int Movies { get; init; }
    public required double LoadSeconds { get; init; }
    public required double IndexSeconds { get; init; }
    public required long ResidentBytesAfterLoad { get; init; }
    public required long PeakWorkingSetBytes { get; init; }
    public required LatencySummary Autocomplete { get; init; }
    public required LatencySummary Resolve { get; init; }
    public required LatencySummary Recommend { get; init; }
    public required LatencySummary RecommendFilteredMmr { get; init; }
    public required long CacheHits { get; init; }
}
