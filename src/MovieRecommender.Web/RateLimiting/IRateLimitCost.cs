namespace MovieRecommender.Web.RateLimiting;

/// <summary>
/// Endpoint metadata (usually an attribute) saying how many permits a request takes from its policy's bucket,
/// so requests whose parameters make the server work harder are limited sooner. Without it a request costs 1.
/// </summary>
public interface IRateLimitCost
{
    /// <summary>Permits for this request (at least 1; capped at the policy's limit). Must not throw on bad input.</summary>
    int PermitsFor(HttpRequest request);
}
