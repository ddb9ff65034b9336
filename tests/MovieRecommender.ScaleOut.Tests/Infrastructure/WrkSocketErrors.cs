using System.Globalization;

namespace MovieRecommender.ScaleOut.Tests.Infrastructure;

/// <summary>wrk's "Socket errors" line: connections that failed to open, reads and writes that failed, and timeouts.</summary>
public sealed record WrkSocketErrors(long Connect, long Read, long Write, long Timeout)
{
    public long Total => Connect + Read + Write + Timeout;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"socket errors: connect {Connect}, read {Read}, write {Write}, timeout {Timeout}");
}
