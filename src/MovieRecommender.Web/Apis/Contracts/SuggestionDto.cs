namespace MovieRecommender.Web.Apis.Contracts;

public sealed record SuggestionDto(int Id, string Title, int? Year, int Score);
