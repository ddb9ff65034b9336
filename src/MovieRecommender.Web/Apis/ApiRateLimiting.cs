using MovieRecommender.Web.RateLimiting;

namespace MovieRecommender.Web.Apis;

/// <summary>Name of the API's rate-limiting policy; kept for existing callers, new code uses <see cref="RateLimitPolicyNames"/>.</summary>
public static class ApiRateLimiting
{
    public const string PolicyName = RateLimitPolicyNames.Api;
}
