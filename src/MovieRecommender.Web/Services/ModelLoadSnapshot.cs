namespace MovieRecommender.Web.Services;

/// <summary>
/// An immutable, consistent view of <see cref="ModelLoadState"/> at one instant. <see cref="LastError"/> is shown to
/// anonymous clients (health, status, loading page), so it never holds a server path; the log has the detail.
/// </summary>
public sealed record ModelLoadSnapshot(
    ModelLoadStatus Status,
    int Progress,
    string Stage,
    string? LastError,
    DateTimeOffset? LoadedAt,
    string? ModelVersion,
    int Movies)
{
    /// <summary>Catalog of the served model (<see cref="Core.Model.ModelCatalog"/>: demo or trained); null before one is served.</summary>
    public string? Catalog { get; init; }
}
