using System.Diagnostics;
using System.Globalization;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Core.Recommendations.Search;

namespace MovieRecommender.Benchmarks.Commands;

/// <summary>
/// <c>load-profile --model DIR [--repeat 3]</c>: where the time from "process started" to "serving" goes. Reads the
/// model as the app does (files in parallel), then times each step alone: the movie table, and each serving index
/// built from the read model, then the whole serving state as the app builds it (indexes in parallel). Prints wall
/// and process CPU milliseconds per step (median of the repeats), so a step's cost is seen apart from the others.
/// </summary>
public static class LoadProfileCommand
{
    public const string Name = "load-profile";

    public static async Task<int> RunAsync(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var directory = arguments.Text("model") ?? throw new ArgumentException("--model DIR is required.");
        var repeat = Math.Max(1, arguments.Number("repeat", 3));
        var options = new RecommenderOptions();

        Console.WriteLine($"model {directory}: {Environment.ProcessorCount} cores, load {LoadAverage()}, server GC {System.Runtime.GCSettings.IsServerGC}");
        Console.WriteLine("| step | wall ms | cpu ms |");
        Console.WriteLine("|---|---:|---:|");

        // First in the process, as the app does it: cold code (JIT) and a fresh heap.
        var model = await MeasureAsync("read model, cold (first in process)", 1, () => new ModelReader().ReadAsync(directory));
        Measure("serving state, cold (first in process)", 1, () => ServingState.Build(model, 1, DateTimeOffset.UtcNow, TimeSpan.Zero, options));
        await MeasureAsync("read model (all files, parallel)", repeat, () => new ModelReader().ReadAsync(directory));
        var manifest = ModelReader.ReadManifest(directory);
        Measure("read movies.bin alone", repeat, () => ModelReader.ReadMovies(directory, manifest));
        var popularity = Measure("popularity order", repeat, () => PopularityOrder.Build(model.Movies));
        Measure("top-rated order", repeat, () => TopRatedIndex.Build(model.Movies, options.TopRatedMinVotesQuantile));
        Measure("term postings", repeat, () => TermPostingIndex.Build(model));
        Measure("filter attributes", repeat, () => MovieAttributes.Build(model.Movies));
        Measure("title search index", repeat, () => TitleSearchIndex.Build(model.Movies, popularity));
        Measure("person index", repeat, () => PersonIndex.Build(model.Movies, popularity));
        Measure("serving state (parallel, as served)", repeat, () => ServingState.Build(model, 1, DateTimeOffset.UtcNow, TimeSpan.Zero, options));
        return 0;
    }

    private static T Measure<T>(string step, int repeat, Func<T> action) =>
        MeasureAsync(step, repeat, () => Task.FromResult(action())).GetAwaiter().GetResult();

    private static async Task<T> MeasureAsync<T>(string step, int repeat, Func<Task<T>> action)
    {
        var walls = new List<double>();
        var cpus = new List<double>();
        T result = default!;
        for (int i = 0; i < repeat; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            result = await action();
            walls.Add(stopwatch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpus.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {step} | {Median(walls):F0} | {Median(cpus):F0} |"));
        return result;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
