using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Options;
using MovieRecommender.Benchmarks.Measurement;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Benchmarks.Commands;

/// <summary>
/// <c>latency --model DIR [--queries 10000] [--seed 42]</c>: loads a model as the web app does, then times
/// autocomplete, title resolution and uncached recommendations one call at a time (p50/p99), and prints the
/// figures plus one JSON line. Run in its own process so load time and resident memory are the model's alone.
/// </summary>
public static class LatencyCommand
{
    public const string Name = "latency";
    private const int Warmup = 1_000;

    public static async Task<int> RunAsync(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var directory = arguments.Text("model") ?? throw new ArgumentException("--model DIR is required.");
        var queries = arguments.Number("queries", 10_000);
        var seed = arguments.Number("seed", 42);

        var stopwatch = Stopwatch.StartNew();
        var model = await new ModelReader().ReadAsync(directory);
        var loadSeconds = stopwatch.Elapsed.TotalSeconds;

        // A one-entry cache: random requests never hit it, so every timed recommendation is a cache miss.
        stopwatch.Restart();
        using var service = new RecommenderService(Options.Create(new RecommenderOptions { CacheSizeLimit = 1 }), TimeProvider.System);
        service.UseModel(model, TimeSpan.FromSeconds(loadSeconds));
        var indexSeconds = stopwatch.Elapsed.TotalSeconds;
        var resident = ProcessMemory.WorkingSetAfterFullCollectionBytes();

        var workload = new QueryWorkload(model.Movies, seed);
        var measurement = new ServeMeasurement
        {
            Movies = model.MovieCount,
            LoadSeconds = loadSeconds,
            IndexSeconds = indexSeconds,
            ResidentBytesAfterLoad = resident,
            Autocomplete = LatencySummary.Measure(workload.Prefixes(queries), q => service.Search(q, 10), Warmup),
            Resolve = LatencySummary.Measure(workload.Titles(queries), t => service.Resolve(t), Warmup),
            Recommend = LatencySummary.Measure(workload.Recommendations(queries, filtered: false), r => service.Recommend(r), Warmup),
            RecommendFilteredMmr = LatencySummary.Measure(workload.Recommendations(queries, filtered: true), r => service.Recommend(r), Warmup),
            CacheHits = service.CacheStatistics.Hits,
            PeakWorkingSetBytes = ProcessMemory.PeakWorkingSetBytes(),
        };

        Console.WriteLine($"movies {measurement.Movies:N0}; load {loadSeconds:0.00} s + index {indexSeconds:0.00} s; resident {resident / 1e6:N0} MB");
        Console.WriteLine($"autocomplete         {measurement.Autocomplete}");
        Console.WriteLine($"resolve title        {measurement.Resolve}");
        Console.WriteLine($"recommend (miss)     {measurement.Recommend}");
        Console.WriteLine($"recommend filt+MMR   {measurement.RecommendFilteredMmr}");
        Console.WriteLine($"cache hits {measurement.CacheHits}");
        Console.WriteLine(JsonSerializer.Serialize(measurement));
        return 0;
    }
}
