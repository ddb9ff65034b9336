namespace MovieRecommender.Web.Personal;

/// <summary>Accepted ranges of the personal API's parameters.</summary>
public static class PersonalLimits
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
    public const int MaxOffset = 1_000_000;
    public const int MaxMarkIds = 200;
    public const int EarliestWatchedYear = 1870;

    /// <summary>A watch date may be "tomorrow" in UTC terms for someone east of Greenwich.</summary>
    public const int WatchedDaysAheadAllowed = 1;
}
