namespace MovieRecommender.Web.Services;

/// <summary>An immutable, consistent view of <see cref="ModelLoadState"/> at one instant.</summary>
public sealed record ModelLoadSnapshot(
    ModelLoadStatus Status,
    int Progress,
    string Stage,
    string? LastError,
    DateTimeOffset? LoadedAt,
    string? ModelVersion,
    int Movies);
