namespace MovieRecommender.Web.RateLimiting;

/// <summary>A policy's effective limit: at most <see cref="PermitLimit"/> permits per client in each clock-aligned window.</summary>
public sealed record RateLimitWindow(int PermitLimit, int WindowSeconds)
{
    public const int MinPermitLimit = 1;
    public const int MaxPermitLimit = 1_000_000;
    public const int MinWindowSeconds = 1;
    public const int MaxWindowSeconds = 86_400;

    /// <summary>Index of the window holding <paramref name="unixSeconds"/>; windows start at multiples of the window length.</summary>
    public long WindowIndex(long unixSeconds) => unixSeconds / WindowSeconds;

    /// <summary>Whole seconds until the window holding <paramref name="unixSeconds"/> ends (at least 1).</summary>
    public int SecondsUntilNextWindow(long unixSeconds) => (int)Math.Max(1, WindowSeconds - (unixSeconds % WindowSeconds));
}
