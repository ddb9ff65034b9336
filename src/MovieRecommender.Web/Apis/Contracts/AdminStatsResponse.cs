namespace MovieRecommender.Web.Apis.Contracts;

public sealed record AdminStatsResponse(ModelStatusResponse Model, CacheStatisticsDto Cache, IReadOnlyList<TitleCountDto> TopRequested);
