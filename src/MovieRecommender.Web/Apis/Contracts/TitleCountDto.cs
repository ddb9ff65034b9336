namespace MovieRecommender.Web.Apis.Contracts;

public sealed record TitleCountDto(string Title, long Count);
