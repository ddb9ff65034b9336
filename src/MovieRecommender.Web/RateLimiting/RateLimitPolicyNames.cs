namespace MovieRecommender.Web.RateLimiting;

/// <summary>
/// Names of the rate-limiting policies, for <c>[EnableRateLimiting(RateLimitPolicyNames.X)]</c> or
/// <c>.RequireRateLimiting(RateLimitPolicyNames.X)</c>. Each is a fixed window per client IP configured under
/// <c>RateLimiting:Policies:{name}</c>, except <see cref="Api"/>, which keeps <c>RateLimiting:PermitLimit</c>/<c>WindowSeconds</c>.
/// </summary>
public static class RateLimitPolicyNames
{
    /// <summary>The JSON API (search, recommendations, movies, admin API).</summary>
    public const string Api = "api";

    /// <summary>HTML pages that run recommendation work; expensive parameters cost more permits.</summary>
    public const string Pages = "pages";

    /// <summary>Health probes: a generous bucket of their own so API traffic never makes a probe answer 429.</summary>
    public const string Health = "health";

    /// <summary>Sign-in, registration and other credential checks.</summary>
    public const string Auth = "auth";

    /// <summary>Requests that change stored data.</summary>
    public const string Writes = "writes";

    /// <summary>Client-sent interaction events.</summary>
    public const string Events = "events";

    /// <summary>Every policy the app registers; configuration naming any other policy is rejected at start.</summary>
    public static IReadOnlyList<string> All { get; } = [Api, Pages, Health, Auth, Writes, Events];
}
