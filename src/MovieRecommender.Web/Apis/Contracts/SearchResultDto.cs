namespace MovieRecommender.Web.Apis.Contracts;

public sealed record SearchResultDto(int Id, string Title, int? Year, string? PosterUrl, double? Score);
