namespace MovieRecommender.Web.Personal.Contracts;

/// <summary>POST /api/v1/me/import: what was read, what was stored, and every row that matched no film, with why.</summary>
public sealed record ImportResponse(string Format, int Rows, int Imported, IReadOnlyList<UnmatchedRowDto> Unmatched);
