namespace MovieRecommender.Core.Recommendations;

public sealed record CacheStatistics(long Hits, long Misses, long Entries);
