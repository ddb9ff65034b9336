namespace MovieRecommender.Web.ScaleOut;

/// <summary>One replica as the registry in Redis last heard of it: the model it serves and its load state.</summary>
public sealed record ReplicaStatus(string Name, string? ModelVersion, string State, DateTimeOffset LastSeen);
