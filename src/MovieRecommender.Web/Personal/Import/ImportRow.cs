namespace MovieRecommender.Web.Personal.Import;

/// <summary>One data row of an import file (row numbers count the header as row 1, as spreadsheets do).</summary>
public sealed record ImportRow(string File, int Row, ImportList List, string? ImdbId, string? Title, int? Year, double? Stars, DateOnly? Date);
