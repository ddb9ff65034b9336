using System.Globalization;
using System.Text;
using MovieRecommender.Benchmarks.Measurement;

namespace MovieRecommender.Benchmarks.Reporting;

/// <summary>Markdown table of the scale runs, one row per catalog size.</summary>
public static class ScaleTable
{
    private const double Megabyte = 1e6;

    public static string ToMarkdown(IReadOnlyList<ScaleResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var builder = new StringBuilder();
        builder.AppendLine("| films | train total (read / vectorize / neighbours / write) | train peak RSS | model on disk | load (+ index) | RSS after load | autocomplete p50 / p99 | resolve p50 / p99 | recommend (miss) p50 / p99 | filtered + MMR p50 / p99 | load avg at start | measured |");
        builder.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in results.OrderBy(r => r.Size))
        {
            string Stage(string name) => r.Train.StageSeconds.TryGetValue(name, out var s) ? s.ToString("0.0", CultureInfo.InvariantCulture) : "–";
            builder.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Size:N0} | {r.Train.TotalSeconds:0.0} s ({Stage("Read")} / {Stage("Vectorize")} / {Stage("Neighbours")} / {Stage("Write")}) | {r.Train.PeakWorkingSetBytes / Megabyte:N0} MB | {r.Train.ModelBytes / Megabyte:N0} MB | {r.Serve.LoadSeconds:0.00} s (+ {r.Serve.IndexSeconds:0.00} s) | {r.Serve.ResidentBytesAfterLoad / Megabyte:N0} MB | {Pair(r.Serve.Autocomplete)} | {Pair(r.Serve.Resolve)} | {Pair(r.Serve.Recommend)} | {Pair(r.Serve.RecommendFilteredMmr)} | {r.LoadAverageAtStart?.ToString("0.0", CultureInfo.InvariantCulture) ?? "–"} | {r.MeasuredAt:yyyy-MM-dd HH:mm} UTC |");
        }

        return builder.ToString();
    }

    private static string Pair(LatencySummary latency) =>
        string.Create(CultureInfo.InvariantCulture, $"{latency.P50Milliseconds:0.000} / {latency.P99Milliseconds:0.000} ms");
}
