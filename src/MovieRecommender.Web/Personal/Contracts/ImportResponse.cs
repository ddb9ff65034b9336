namespace MovieRecommender.Web.Personal.Contracts;

/// <summary>
/// POST /api/v1/me/import: rows read, rows that matched a film (<c>imported</c>), how many of those added or changed
/// something (<c>changed</c>: 0 when the same file is imported again), how many matched nothing (<c>unmatchedCount</c>)
/// and those rows with why (the first <see cref="Import.ImportLimits.MaxUnmatchedReported"/>).
/// </summary>
public sealed record ImportResponse(string Format, int Rows, int Imported, int Changed, int UnmatchedCount, IReadOnlyList<UnmatchedRowDto> Unmatched);
