namespace MovieRecommender.Web.Social.Contracts;

/// <summary>A page of reviews, newest first.</summary>
public sealed record ReviewsResponse(int Total, int Offset, IReadOnlyList<ReviewDto> Results);
