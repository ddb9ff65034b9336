namespace MovieRecommender.Data.Social;

/// <summary>PostgreSQL's timestamptz takes only UTC DateTimes; a local or unspecified one is taken as UTC.</summary>
internal static class UtcTime
{
    public static DateTime Of(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
