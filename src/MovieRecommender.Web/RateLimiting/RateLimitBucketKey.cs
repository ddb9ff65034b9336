namespace MovieRecommender.Web.RateLimiting;

/// <summary>
/// One client's permits under one policy in one clock-aligned window. The window index is part of the key, so a new
/// window starts a new bucket and a 429 can say exactly how long the current one still runs.
/// </summary>
public readonly record struct RateLimitBucketKey(string Policy, string Client, long WindowIndex, RateLimitWindow Window);
