namespace MovieRecommender.Web.RateLimiting;

/// <summary>What the rate-limiting middleware partitions on: a client's bucket and what one request costs in it.</summary>
public readonly record struct RequestPartitionKey(RateLimitBucketKey Bucket, int Permits);
