using System.ComponentModel.DataAnnotations;

namespace MovieRecommender.Web.Live;

/// <summary>Server-sent event streams (section <c>Live</c>).</summary>
public sealed class LiveSettings
{
    public const string SectionName = "Live";

    /// <summary>Open event streams per node; beyond it a client gets 503 and polls instead.</summary>
    [Range(1, 100_000, ErrorMessage = "Live:MaxConnections must be between {1} and {2}.")]
    public int MaxConnections { get; set; } = 1_000;

    /// <summary>A stream is closed after this long and the browser reconnects (rebalances across nodes).</summary>
    [Range(10, 86_400, ErrorMessage = "Live:MaxConnectionSeconds must be between {1} and {2}.")]
    public int MaxConnectionSeconds { get; set; } = 600;

    /// <summary>A <c>ping</c> event after this much silence keeps proxies from closing an idle stream.</summary>
    [Range(1, 300, ErrorMessage = "Live:HeartbeatSeconds must be between {1} and {2}.")]
    public int HeartbeatSeconds { get; set; } = 15;

    /// <summary>Shortest gap between two status events (progress changes are coalesced in between).</summary>
    [Range(0, 10_000, ErrorMessage = "Live:MinimumEventGapMilliseconds must be between {1} and {2}.")]
    public int MinimumEventGapMilliseconds { get; set; } = 200;

    /// <summary>How often the admin event counts stream sends the counts.</summary>
    [Range(1, 300, ErrorMessage = "Live:EventCountsIntervalSeconds must be between {1} and {2}.")]
    public int EventCountsIntervalSeconds { get; set; } = 2;

    /// <summary>The reconnection delay the stream asks the browser to use (the SSE <c>retry</c> field).</summary>
    [Range(100, 60_000, ErrorMessage = "Live:ReconnectMilliseconds must be between {1} and {2}.")]
    public int ReconnectMilliseconds { get; set; } = 3_000;
}
