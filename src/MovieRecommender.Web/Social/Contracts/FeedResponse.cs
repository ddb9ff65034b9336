namespace MovieRecommender.Web.Social.Contracts;

/// <summary>A page of the feed, newest first.</summary>
public sealed record FeedResponse(int Total, int Offset, IReadOnlyList<FeedItemDto> Results);
