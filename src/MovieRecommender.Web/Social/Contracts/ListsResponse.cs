namespace MovieRecommender.Web.Social.Contracts;

/// <summary>The user's shared lists, newest first.</summary>
public sealed record ListsResponse(IReadOnlyList<ListSummaryDto> Results);
