using Microsoft.AspNetCore.RateLimiting;
using MovieRecommender.Web.RateLimiting;

namespace MovieRecommender.Web.Extensions;

public static class RateLimitingExtensions
{
    /// <summary>
    /// Registers every policy in <see cref="RateLimitPolicyNames"/>: a fixed window per client IP (clock-aligned,
    /// so a 429's Retry-After is exact), limits from <c>RateLimiting</c> settings read per request, and a 429
    /// ProblemDetails for any refusal. With Redis the buckets are shared by all
    /// replicas (<see cref="SharedRateLimitCounter"/>), falling back to per-replica buckets while Redis is unavailable. Endpoints opt in with <c>[EnableRateLimiting(RateLimitPolicyNames.X)]</c>.
    /// </summary>
    public static IServiceCollection AddRateLimitPolicies(this IServiceCollection services)
    {
        services.AddSingleton<RateLimitBuckets>();
        services.AddSingleton<SharedRateLimitCounter>();
        services.AddSingleton<RateLimitPartitioner>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            foreach (var policy in RateLimitPolicyNames.All)
            {
                options.AddPolicy(policy, context =>
                    context.RequestServices.GetRequiredService<RateLimitPartitioner>().Partition(policy, context));
            }

            options.OnRejected = RateLimitRejection.WriteAsync;
        });
        return services;
    }
}
