namespace MovieRecommender.Data.Social;

/// <summary>A review with its author, as a film page or a profile shows it.</summary>
public sealed record ReviewEntry(PersonSummary Author, int MovieId, string Text, bool ContainsSpoilers, DateTime WrittenAt);
