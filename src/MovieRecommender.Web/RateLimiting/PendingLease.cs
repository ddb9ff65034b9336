using System.Threading.RateLimiting;

namespace MovieRecommender.Web.RateLimiting;

/// <summary>
/// The synchronous answer when the bucket lives in Redis: not acquired yet, so the middleware goes on to the
/// asynchronous acquire, which asks Redis. Never reaches a client (it carries no Retry-After).
/// </summary>
public sealed class PendingLease : RateLimitLease
{
    public override bool IsAcquired => false;

    public override IEnumerable<string> MetadataNames => [];

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        metadata = null;
        return false;
    }
}
