namespace MovieRecommender.Analytics.Storage;

/// <summary>
/// The stored columns of <see cref="AnalyticsEvent"/> in the order the bulk writers send them: every property but the
/// database-generated <see cref="AnalyticsEvent.Id"/>. EF Core names columns after properties on both providers; a
/// test compares this list with the model, so a new property cannot be silently left out of the bulk path.
/// </summary>
public static class AnalyticsEventColumns
{
    public static IReadOnlyList<string> Names { get; } =
    [
        nameof(AnalyticsEvent.OccurredAt),
        nameof(AnalyticsEvent.Kind),
        nameof(AnalyticsEvent.List),
        nameof(AnalyticsEvent.MovieId),
        nameof(AnalyticsEvent.Position),
        nameof(AnalyticsEvent.SourceId),
        nameof(AnalyticsEvent.Algorithm),
        nameof(AnalyticsEvent.Experiment),
        nameof(AnalyticsEvent.Variant),
        nameof(AnalyticsEvent.Subject),
        nameof(AnalyticsEvent.Query),
        nameof(AnalyticsEvent.ResultCount),
    ];

    /// <summary>The column list for SQL, each name quoted (the names are mixed case).</summary>
    internal static string QuotedList => string.Join(", ", Names.Select(n => $"\"{n}\""));

    /// <summary>A UTC instant whatever the caller's kind: the database stores UTC, PostgreSQL refuses other kinds.</summary>
    internal static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
