using System.Threading.RateLimiting;

namespace MovieRecommender.Web.RateLimiting;

/// <summary>A refused request: how long until its window ends, and a sentence saying which limit was hit.</summary>
public sealed class RejectedLease(TimeSpan retryAfter, string reason) : RateLimitLease
{
    public override bool IsAcquired => false;

    public override IEnumerable<string> MetadataNames => [MetadataName.RetryAfter.Name, MetadataName.ReasonPhrase.Name];

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        metadata = metadataName switch
        {
            _ when metadataName == MetadataName.RetryAfter.Name => retryAfter,
            _ when metadataName == MetadataName.ReasonPhrase.Name => reason,
            _ => null,
        };
        return metadata is not null;
    }
}
