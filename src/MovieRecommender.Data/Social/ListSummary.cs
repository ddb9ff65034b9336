namespace MovieRecommender.Data.Social;

/// <summary>A shared list as "my lists" shows it: the user's role and its size.</summary>
public sealed record ListSummary(Guid Id, string Name, bool IsPublic, ListRole Role, int Films, int Members, DateTime CreatedAt);
