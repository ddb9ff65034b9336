namespace MovieRecommender.Web.Services;

/// <summary>Time since the app started, for the health endpoint.</summary>
public sealed class AppUptime(TimeProvider timeProvider)
{
    private readonly long _startedAt = timeProvider.GetTimestamp();

    public TimeSpan Elapsed => timeProvider.GetElapsedTime(_startedAt);
}
