using System.Diagnostics;

namespace MovieRecommender.Web.Services;

/// <summary>Time since the process started (not since this singleton was first resolved), for the health endpoint.</summary>
public sealed class AppUptime(TimeProvider timeProvider)
{
    private readonly DateTimeOffset _startedAt = ProcessStart();

    public TimeSpan Elapsed
    {
        get
        {
            var elapsed = timeProvider.GetUtcNow() - _startedAt;
            return elapsed < TimeSpan.Zero ? TimeSpan.Zero : elapsed;
        }
    }

    private static DateTimeOffset ProcessStart()
    {
        using var process = Process.GetCurrentProcess();
        return new DateTimeOffset(process.StartTime.ToUniversalTime(), TimeSpan.Zero);
    }
}
