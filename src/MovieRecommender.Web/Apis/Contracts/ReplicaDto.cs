namespace MovieRecommender.Web.Apis.Contracts;

/// <summary>A live replica as the shared registry knows it: name, served model version, state and when it last reported.</summary>
public sealed record ReplicaDto(string Name, string? ModelVersion, string State, DateTimeOffset LastSeen);
