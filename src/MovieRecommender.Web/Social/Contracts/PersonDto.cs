namespace MovieRecommender.Web.Social.Contracts;

/// <summary>A person as others see them; their page is <c>/u/{handle}</c>.</summary>
public sealed record PersonDto(string Handle, string DisplayName);
