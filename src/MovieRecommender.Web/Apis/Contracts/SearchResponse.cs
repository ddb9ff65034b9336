namespace MovieRecommender.Web.Apis.Contracts;

public sealed record SearchResponse(string Query, int Count, IReadOnlyList<SearchResultDto> Results);
