namespace MovieRecommender.Data.Personal;

/// <summary>One page of a user's list, newest first, with the list's full length.</summary>
public sealed record PersonalPage<T>(IReadOnlyList<T> Items, int Total, int Offset);
