namespace MovieRecommender.Web.RateLimiting;

/// <summary>Limits used when <c>RateLimiting:Policies:{name}</c> does not set them (per client IP, 60 s windows).</summary>
public static class RateLimitPolicyDefaults
{
    public const int WindowSeconds = 60;

    /// <summary>A page view costs about as much as an API call but a person clicks more slowly than a script calls.</summary>
    public const int PagesPermitLimit = 120;

    /// <summary>Generous: probes from several load balancers and monitors must never be refused.</summary>
    public const int HealthPermitLimit = 600;

    /// <summary>Tight: credential guessing is the threat (lockout also applies per account).</summary>
    public const int AuthPermitLimit = 10;

    public const int WritesPermitLimit = 60;

    /// <summary>Clients batch events, so a few requests a second is plenty.</summary>
    public const int EventsPermitLimit = 120;

    /// <summary>The default window of each named policy except <see cref="RateLimitPolicyNames.Api"/>.</summary>
    public static RateLimitWindow For(string policyName) => policyName switch
    {
        RateLimitPolicyNames.Pages => new(PagesPermitLimit, WindowSeconds),
        RateLimitPolicyNames.Health => new(HealthPermitLimit, WindowSeconds),
        RateLimitPolicyNames.Auth => new(AuthPermitLimit, WindowSeconds),
        RateLimitPolicyNames.Writes => new(WritesPermitLimit, WindowSeconds),
        RateLimitPolicyNames.Events => new(EventsPermitLimit, WindowSeconds),
        _ => throw new ArgumentOutOfRangeException(nameof(policyName), policyName, "Not a rate-limiting policy with defaults."),
    };
}
