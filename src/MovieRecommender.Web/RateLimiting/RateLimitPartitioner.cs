using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using MovieRecommender.Web.Settings;

namespace MovieRecommender.Web.RateLimiting;

/// <summary>Puts a request into its client's bucket for a policy, at the cost its endpoint declares.</summary>
public sealed class RateLimitPartitioner(IOptionsMonitor<RateLimitingSettings> settings, RateLimitBuckets buckets, SharedRateLimitCounter shared)
{
    private static readonly RequestPartitionKey Unlimited = new(new RateLimitBucketKey(string.Empty, string.Empty, 0, new RateLimitWindow(1, 1)), 0);

    public RateLimitPartition<RequestPartitionKey> Partition(string policy, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var current = settings.CurrentValue;
        if (!current.Enabled)
        {
            return RateLimitPartition.GetNoLimiter(Unlimited);
        }

        var window = current.WindowFor(policy);
        var now = buckets.TimeProvider.GetUtcNow().ToUnixTimeSeconds();
        var bucket = new RateLimitBucketKey(policy, ClientOf(policy, context), window.WindowIndex(now), window);
        var declared = context.GetEndpoint()?.Metadata.GetMetadata<IRateLimitCost>()?.PermitsFor(context.Request) ?? 1;
        var key = new RequestPartitionKey(bucket, Math.Clamp(declared, 1, window.PermitLimit));
        return RateLimitPartition.Get(key, k => new BucketPermitLimiter(buckets, shared, k));
    }

    /// <summary>Writes of a signed-in user count per account (wherever they come from); everything else per address.</summary>
    private static string ClientOf(string policy, HttpContext context) =>
        policy == RateLimitPolicyNames.Writes && Personal.CurrentUser.IdOrNull(context.User) is { } userId
            ? "user:" + userId
            : ClientAddress.PartitionOf(context.Connection.RemoteIpAddress);
}
