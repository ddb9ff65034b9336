namespace MovieRecommender.Analytics;

/// <summary>What an <see cref="AnalyticsEvent"/> records. Stored as its number: never renumber.</summary>
public enum AnalyticsEventKind
{
    /// <summary>A film was shown in a list (reported by the browser).</summary>
    Impression = 1,

    /// <summary>A film in a list was opened (reported by the browser).</summary>
    Click = 2,

    /// <summary>The server served a list of films (an exposure, for experiments and "recommendations per day").</summary>
    Served = 3,

    /// <summary>A submitted title search, normalised, with its result count.</summary>
    Search = 4,
}
