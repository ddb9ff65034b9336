namespace MovieRecommender.Data.Social;

/// <summary>One entry of a user's feed: a followed person rated or reviewed a film.</summary>
public sealed record FeedItem(PersonSummary Person, FeedItemKind Kind, int MovieId, int? HalfStars, string? ReviewText, bool ContainsSpoilers, DateTime At);
