using System.Diagnostics;
using System.Globalization;

namespace MovieRecommender.Benchmarks.Measurement;

/// <summary>Percentiles of per-call latencies in milliseconds (nearest-rank).</summary>
public sealed record LatencySummary(int Count, double P50Milliseconds, double P99Milliseconds, double MaxMilliseconds)
{
    private const double Median = 0.50;
    private const double NinetyNinth = 0.99;

    /// <summary>Summarises <see cref="Stopwatch.GetTimestamp"/> differences.</summary>
    public static LatencySummary FromTimestamps(IReadOnlyList<long> elapsedTimestamps)
    {
        ArgumentNullException.ThrowIfNull(elapsedTimestamps);
        if (elapsedTimestamps.Count == 0)
        {
            throw new ArgumentException("No samples.", nameof(elapsedTimestamps));
        }

        var sorted = elapsedTimestamps.Order().ToArray();
        double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
        long Percentile(double quantile) => sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new LatencySummary(sorted.Length, Milliseconds(Percentile(Median)), Milliseconds(Percentile(NinetyNinth)), Milliseconds(sorted[^1]));
    }

    /// <summary>Calls <paramref name="action"/> once per input after <paramref name="warmup"/> untimed calls.</summary>
    public static LatencySummary Measure<T>(IReadOnlyList<T> inputs, Action<T> action, int warmup)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(action);
        for (var i = 0; i < Math.Min(warmup, inputs.Count); i++)
        {
            action(inputs[i]);
        }

        var elapsed = new long[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action(inputs[i]);
            elapsed[i] = Stopwatch.GetTimestamp() - start;
        }

        return FromTimestamps(elapsed);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"p50 {P50Milliseconds:0.000} ms, p99 {P99Milliseconds:0.000} ms, max {MaxMilliseconds:0.0} ms (n={Count})");
}
