using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace MovieRecommender.Web.Observability;

/// <summary>
/// Listens to ASP.NET Core's own <c>http.server.request.duration</c> histogram and keeps, per route, counts in
/// log-spaced buckets since start, so the admin page can show p50/p99 without a Prometheus server. The estimate is
/// the upper edge of the bucket holding the percentile (buckets grow by 10%, so it is at most 10% high).
/// </summary>
public sealed class LatencyRecorder : IDisposable
{
    public const string HostingMeter = "Microsoft.AspNetCore.Hosting";
    public const string DurationInstrument = "http.server.request.duration";
    private const string RouteTag = "http.route";
    private const double SmallestBucketSeconds = 0.0001;
    private const double BucketGrowth = 1.1;
    private const int BucketCount = 150; // 0.1 ms · 1.1^150 ≈ 16 min: everything a request can take
    private const int MaxRoutes = 200;

    private readonly ConcurrentDictionary<string, long[]> _routes = new(StringComparer.Ordinal);
    private readonly MeterListener _listener = new();

    public LatencyRecorder()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == HostingMeter && instrument.Name == DurationInstrument)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>(OnMeasurement);
        _listener.Start();
    }

    /// <summary>Routes with at least one request: (route, requests, p50 seconds, p99 seconds), busiest first.</summary>
    public IReadOnlyList<RouteLatency> Snapshot() =>
        [.. _routes.Select(r => Summarise(r.Key, r.Value)).Where(r => r.Requests > 0).OrderByDescending(r => r.Requests)];

    public void Dispose() => _listener.Dispose();

    internal void Record(string route, double seconds)
    {
        if (_routes.Count >= MaxRoutes && !_routes.ContainsKey(route))
        {
            return;
        }

        var buckets = _routes.GetOrAdd(route, _ => new long[BucketCount]);
        Interlocked.Increment(ref buckets[BucketOf(seconds)]);
    }

    private void OnMeasurement(Instrument instrument, double seconds, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        string? route = null;
        foreach (var tag in tags)
        {
            if (tag.Key == RouteTag)
            {
                route = tag.Value as string;
            }
        }

        // Unmatched requests (404s, static files) have no route; they are not what the latency question is about.
        if (route is not null)
        {
            Record(route, seconds);
        }
    }

    private static int BucketOf(double seconds) =>
        seconds <= SmallestBucketSeconds ? 0 : Math.Min(BucketCount - 1, (int)Math.Ceiling(Math.Log(seconds / SmallestBucketSeconds, BucketGrowth)));

    private static double UpperEdge(int bucket) => SmallestBucketSeconds * Math.Pow(BucketGrowth, bucket);

    private static RouteLatency Summarise(string route, long[] buckets)
    {
        var counts = new long[buckets.Length];
        for (var i = 0; i < buckets.Length; i++)
        {
            counts[i] = Volatile.Read(ref buckets[i]);
        }

        var total = counts.Sum();
        return new RouteLatency(route, total, Percentile(counts, total, 0.50), Percentile(counts, total, 0.99));
    }

    private static double Percentile(long[] counts, long total, double quantile)
    {
        if (total == 0)
        {
            return 0;
        }

        var rank = (long)Math.Ceiling(quantile * total);
        long seen = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            seen += counts[i];
            if (seen >= rank)
            {
                return UpperEdge(i);
            }
        }

        return UpperEdge(counts.Length - 1);
    }
}
