namespace MovieRecommender.Web.Social.Contracts;

/// <summary>The signed-in user's own profile; <c>handle</c> is null until they choose one.</summary>
public sealed record MyProfileDto(string? Handle, string? DisplayName, bool IsPublic, int Followers, int Following);
