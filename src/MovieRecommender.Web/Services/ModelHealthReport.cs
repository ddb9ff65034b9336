namespace MovieRecommender.Web.Services;

/// <summary>
/// What health endpoints say about the model: <see cref="Status"/> healthy, loading or unhealthy; <see cref="State"/>
/// the loader's state (ready, loading, failed, degraded); <see cref="Reason"/> why it is not simply ready, free of
/// server paths; <see cref="Catalog"/> demo or trained once a model is served.
/// </summary>
public sealed record ModelHealthReport(
    bool IsServing,
    string Status,
    string State,
    string? Reason,
    string? Catalog,
    string? ModelVersion,
    int Movies,
    int? Progress);
