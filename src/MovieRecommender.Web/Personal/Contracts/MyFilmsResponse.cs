namespace MovieRecommender.Web.Personal.Contracts;

/// <summary>One page of a personal list, newest first.</summary>
public sealed record MyFilmsResponse(int Total, int Offset, IReadOnlyList<MyFilmDto> Results);
