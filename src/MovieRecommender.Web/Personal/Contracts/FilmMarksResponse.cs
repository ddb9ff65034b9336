namespace MovieRecommender.Web.Personal.Contracts;

/// <summary>GET /api/v1/me/marks: the user's marks on the asked films (films without a mark are left out).</summary>
public sealed record FilmMarksResponse(IReadOnlyList<FilmMarksDto> Marks);
