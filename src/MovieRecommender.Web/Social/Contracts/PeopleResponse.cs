namespace MovieRecommender.Web.Social.Contracts;

/// <summary>A page of people (following, followers, blocked).</summary>
public sealed record PeopleResponse(int Total, int Offset, IReadOnlyList<PersonDto> Results);
