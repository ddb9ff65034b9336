namespace MovieRecommender.Core.Model;

/// <summary>Contents of <c>manifest.json</c>: identifies a model and lets a reader verify every file.</summary>
public sealed record ModelManifest
{
    public required int FormatVersion { get; init; }

    /// <summary>Human-readable unique version, e.g. "20261125T132700Z-1a2b3c4d".</summary>
    public required string ModelVersion { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required int MovieCount { get; init; }

    public required int TermCount { get; init; }

    public required int NeighboursPerMovie { get; init; }

    /// <summary>Training parameters as simple key/value pairs (soup weights, TF-IDF settings, preset...).</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>sha256 (hex) of the input data the model was trained from.</summary>
    public string? DatasetSha256 { get; init; }

    /// <summary>File name → sha256 (hex) of every other file in the model directory.</summary>
    public required IReadOnlyDictionary<string, string> Files { get; init; }

    /// <summary>
    /// File name → XxHash128 (hex) of the same files: the fast checksum the app verifies at load. Absent in models
    /// written before it existed, which are then verified by their sha256.
    /// </summary>
    public IReadOnlyDictionary<string, string>? FastChecksums { get; init; }
}
