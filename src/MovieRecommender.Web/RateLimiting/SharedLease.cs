using System.Threading.RateLimiting;

namespace MovieRecommender.Web.RateLimiting;

/// <summary>Permits taken from a Redis bucket. Fixed windows are not given back, so disposing releases nothing.</summary>
public sealed class SharedLease : RateLimitLease
{
    public override bool IsAcquired => true;

    public override IEnumerable<string> MetadataNames => [];

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        metadata = null;
        return false;
    }
}
