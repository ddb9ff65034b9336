namespace MovieRecommender.Web.Apis.Contracts;

/// <summary>Body of /api/v1/model/status; <see cref="State"/> is loading, ready, failed or degraded.</summary>
public sealed record ModelStatusResponse(
    string State,
    int Progress,
    string Stage,
    string? ModelVersion,
    DateTimeOffset? LoadedAt,
    int Movies,
    string? LastError,
    bool Ready);
