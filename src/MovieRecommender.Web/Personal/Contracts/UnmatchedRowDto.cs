namespace MovieRecommender.Web.Personal.Contracts;

/// <summary>A row that was not imported: its file and row number (header = row 1), what it named, and why.</summary>
public sealed record UnmatchedRowDto(int Row, string? Title, int? Year, string Reason, string File);
