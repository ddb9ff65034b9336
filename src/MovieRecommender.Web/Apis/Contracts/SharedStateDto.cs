namespace MovieRecommender.Web.Apis.Contracts;

/// <summary>
/// Where this replica keeps the state replicas share. <see cref="Redis"/>: "off" (not configured), "connected" or
/// "unavailable"; <see cref="RateLimits"/>: "shared" or "per-replica" (the fallback while Redis is unavailable);
/// <see cref="Cache"/>: "in-process" or "in-process+redis".
/// </summary>
public sealed record SharedStateDto(string Redis, string RateLimits, string Cache);
