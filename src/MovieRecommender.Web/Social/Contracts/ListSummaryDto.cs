namespace MovieRecommender.Web.Social.Contracts;

/// <summary>A shared list the user belongs to; <c>role</c> is <c>owner</c> or <c>member</c>.</summary>
public sealed record ListSummaryDto(Guid Id, string Name, bool IsPublic, string Role, int Films, int Members, string Url);
