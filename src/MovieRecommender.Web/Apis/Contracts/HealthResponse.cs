namespace MovieRecommender.Web.Apis.Contracts;

/// <summary>Body of /api/health; <see cref="Status"/> is "healthy", "loading" or "unhealthy".</summary>
public sealed record HealthResponse
{
    public required string Status { get; init; }
    public string? ModelVersion { get; init; }
    public int Movies { get; init; }

    /// <summary>"demo" when the served model is the shipped demo catalog, "trained" otherwise; absent until a model is served.</summary>
    public string? Catalog { get; init; }
    public long UptimeSeconds { get; init; }
    public int? Progress { get; init; }
    public string? Reason { get; init; }
    public required string State { get; init; }
    public CacheStatisticsDto? Cache { get; init; }

    /// <summary>This replica's name (<c>Replica:Name</c>, or host name and process id).</summary>
    public string? Replica { get; init; }

    public SharedStateDto? SharedState { get; init; }

    /// <summary>Every live replica and the model version each serves; null without Redis.</summary>
    public IReadOnlyList<ReplicaDto>? Replicas { get; init; }
}
