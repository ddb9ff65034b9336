namespace MovieRecommender.Web.Apis.Contracts;

/// <summary>
/// Body of /api/v1/model/status; <see cref="State"/> is loading, ready, failed or degraded; <see cref="Catalog"/> is
/// "demo" or "trained" once a model is served.
/// </summary>
public sealed record ModelStatusResponse(
    string State,
    int Progress,
    string Stage,
    string? ModelVersion,
    DateTimeOffset? LoadedAt,
    int Movies,
    string? LastError,
    bool Ready,
    string? Catalog = null);
