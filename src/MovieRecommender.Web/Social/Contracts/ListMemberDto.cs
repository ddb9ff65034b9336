namespace MovieRecommender.Web.Social.Contracts;

/// <summary>A member of a shared list: <c>role</c> is <c>owner</c> or <c>member</c>.</summary>
public sealed record ListMemberDto(string Handle, string DisplayName, string Role);
