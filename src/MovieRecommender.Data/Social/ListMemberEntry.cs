namespace MovieRecommender.Data.Social;

/// <summary>A member of a shared list with their role; members without a profile are listed by role only.</summary>
public sealed record ListMemberEntry(string UserId, string? Handle, string? DisplayName, ListRole Role, DateTime JoinedAt);
