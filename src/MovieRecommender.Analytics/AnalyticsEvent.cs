namespace MovieRecommender.Analytics;

/// <summary>
/// One stored analytics row. Holds no IP address, user agent or account id: <see cref="Subject"/> is a one-way
/// hash of the random visitor id (or user id), enough to count distinct visitors per experiment variant.
/// </summary>
public sealed class AnalyticsEvent
{
    public const int ListMaxLength = 16;
    public const int NameMaxLength = 64;
    public const int SubjectMaxLength = 32;
    public const int QueryMaxLength = 100;

    public long Id { get; set; }

    public DateTime OccurredAt { get; set; }

    public AnalyticsEventKind Kind { get; set; }

    /// <summary>similar, for-you, top-rated, search, or api for served lists.</summary>
    public string? List { get; set; }

    public int? MovieId { get; set; }

    /// <summary>0-based position of the film in the list.</summary>
    public int? Position { get; set; }

    /// <summary>The film the list was built from (the seed of a "similar" list).</summary>
    public int? SourceId { get; set; }

    public string? Algorithm { get; set; }

    public string? Experiment { get; set; }

    public string? Variant { get; set; }

    public string? Subject { get; set; }

    /// <summary>Normalised search text (searches only).</summary>
    public string? Query { get; set; }

    /// <summary>How many films the search found (searches only); 0 = a zero-result search.</summary>
    public int? ResultCount { get; set; }
}
