namespace MovieRecommender.Web.Tests.Infrastructure;

/// <summary>A clock stopped at a given instant, for assertions on clock-aligned windows.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
