namespace MovieRecommender.Web.Apis.Contracts;

public sealed record ExplanationDto(string Kind, string Value, double Weight);
