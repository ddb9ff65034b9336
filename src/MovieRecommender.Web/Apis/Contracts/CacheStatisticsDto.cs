namespace MovieRecommender.Web.Apis.Contracts;

public sealed record CacheStatisticsDto(long Hits, long Misses, long Entries);
