namespace MovieRecommender.Web.Social.Contracts;

/// <summary>The list's current invite link (anyone signed in with a handle who opens it can join as a member).</summary>
public sealed record InviteDto(string InviteUrl);
