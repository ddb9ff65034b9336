using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MovieRecommender.Benchmarks.Measurement;
using MovieRecommender.Benchmarks.Reporting;
using MovieRecommender.Benchmarks.Synthetic;

namespace MovieRecommender.Benchmarks.Commands;

/// <summary>
/// <c>scale [--sizes 10000,100000,1000000] [--work DIR] [--docs docs] [--queries 10000] [--seed 42]
/// [--train-timeout-minutes 0] [--reuse-trained false]</c>: for each
/// size, generates a synthetic TMDB dump, trains it in a child process (time, peak RSS, model size), loads it in
/// another child process (load time, RSS, p50/p99 latencies), then merges the results into
/// docs/scale-results.json and renders the table and two SVG charts into docs/. With <c>--reuse-trained true</c>
/// a size whose model and training record (<c>model-N.train.json</c>) already exist in the work folder is not
/// generated or trained again: only the serving side is re-measured (e.g. on a quieter machine).
/// </summary>
public static class ScaleCommand
{
    public const string Name = "scale";
    private const string ResultsFile = "scale-results.json";
    private static readonly int[] DefaultSizes = [10_000, 100_000];
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task<int> RunAsync(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var sizes = arguments.Numbers("sizes", DefaultSizes);
        var work = arguments.Text("work", Path.Combine(Path.GetTempPath(), "movierec-scale"));
        var docs = arguments.Text("docs", "docs");
        var queries = arguments.Number("queries", 10_000);
        var seed = arguments.Number("seed", 42);
        var reuseTrained = bool.Parse(arguments.Text("reuse-trained", "false"));
        var trainTimeout = arguments.Number("train-timeout-minutes", 0) is > 0 and var minutes
            ? TimeSpan.FromMinutes(minutes)
            : Timeout.InfiniteTimeSpan;
        Directory.CreateDirectory(work);
        Directory.CreateDirectory(docs);

        var resultsPath = Path.Combine(docs, ResultsFile);
        var results = File.Exists(resultsPath)
            ? JsonSerializer.Deserialize<List<ScaleResult>>(await File.ReadAllTextAsync(resultsPath)) ?? []
            : [];
        foreach (var size in sizes)
        {
            var result = await MeasureAsync(size, work, queries, seed, trainTimeout, reuseTrained);
            results.RemoveAll(r => r.Size == size);
            results.Add(result);
            results.Sort((a, b) => a.Size.CompareTo(b.Size));
            await File.WriteAllTextAsync(resultsPath, JsonSerializer.Serialize(results, Indented));
            Render(results, docs);
        }

        return 0;
    }

    private static async Task<ScaleResult> MeasureAsync(int size, string work, int queries, int seed, TimeSpan trainTimeout, bool reuseTrained)
    {
        var catalog = Path.Combine(work, string.Create(CultureInfo.InvariantCulture, $"synthetic-{size}-seed{seed}.csv.gz"));
        var model = Path.Combine(work, string.Create(CultureInfo.InvariantCulture, $"model-{size}"));
        var trainRecord = model + ".train.json";
        var generateSeconds = 0.0;
        double? loadAverage;
        TrainMeasurement train;
        if (reuseTrained && File.Exists(trainRecord) && Directory.Exists(model))
        {
            Console.WriteLine($"== {size:N0} films: reusing {model} and {trainRecord}");
            var previous = JsonSerializer.Deserialize<TrainRecord>(await File.ReadAllTextAsync(trainRecord))
                ?? throw new InvalidDataException($"{trainRecord} is empty.");
            (train, loadAverage) = (previous.Train, previous.LoadAverageAtStart);
        }
        else
        {
            Console.WriteLine($"== {size:N0} films: generating {catalog}");
            var stopwatch = Stopwatch.StartNew();
            var generator = new SyntheticCatalogGenerator(new SyntheticCatalogOptions { Seed = seed });
            await TmdbDumpCsvWriter.WriteAsync(generator.Generate(size), catalog);
            generateSeconds = stopwatch.Elapsed.TotalSeconds;

            loadAverage = ReadLoadAverage();
            Console.WriteLine($"== {size:N0} films: training (load average {loadAverage?.ToString("0.0", CultureInfo.InvariantCulture) ?? "?"})");
            train = await ChildProcess.RunAsync<TrainMeasurement>([TrainCommand.Name, "--input", catalog, "--output", model, "--min-votes", "0"], trainTimeout);
            await File.WriteAllTextAsync(trainRecord, JsonSerializer.Serialize(new TrainRecord(train, loadAverage)));
        }

        Console.WriteLine($"== {size:N0} films: loading and timing queries");
        var serve = await ChildProcess.RunAsync<ServeMeasurement>(
            [LatencyCommand.Name, "--model", model, "--queries", queries.ToString(CultureInfo.InvariantCulture), "--seed", seed.ToString(CultureInfo.InvariantCulture)]);
        return new ScaleResult
        {
            Size = size,
            MeasuredAt = DateTimeOffset.UtcNow,
            GenerateSeconds = generateSeconds,
            CatalogFileBytes = File.Exists(catalog) ? new FileInfo(catalog).Length : 0,
            Train = train,
            Serve = serve,
            LoadAverageAtStart = loadAverage,
        };
    }

    private static void Render(IReadOnlyList<ScaleResult> results, string docs)
    {
        var table = ScaleTable.ToMarkdown(results);
        File.WriteAllText(Path.Combine(docs, "scale-results.md"), table);
        if (!MarkdownSection.TryReplace(Path.Combine(docs, "benchmarks.md"), "scale", table))
        {
            Console.WriteLine("docs/benchmarks.md has no <!-- scale:begin --> marker; wrote docs/scale-results.md only.");
        }

        (double, double) Point(ScaleResult r, double y) => (r.Size, y);
        File.WriteAllText(Path.Combine(docs, "scale-time.svg"), LogLogChart.ToSvg(
            "Training and load time vs catalog size", "films (synthetic catalog)", "seconds",
            [
                new ChartSeries("train (total)", "#3f7fbf", [.. results.Select(r => Point(r, r.Train.TotalSeconds))]),
                new ChartSeries("train: neighbours", "#7fb0e0", [.. results.Select(r => Point(r, r.Train.StageSeconds.GetValueOrDefault("Neighbours")))]),
                new ChartSeries("load + index", "#d9822b", [.. results.Select(r => Point(r, r.Serve.LoadSeconds + r.Serve.IndexSeconds))]),
            ]));
        File.WriteAllText(Path.Combine(docs, "scale-latency.svg"), LogLogChart.ToSvg(
            "p99 query latency vs catalog size", "films (synthetic catalog)", "milliseconds (p99)",
            [
                new ChartSeries("autocomplete", "#3f7fbf", [.. results.Select(r => Point(r, r.Serve.Autocomplete.P99Milliseconds))]),
                new ChartSeries("resolve title", "#6aa84f", [.. results.Select(r => Point(r, r.Serve.Resolve.P99Milliseconds))]),
                new ChartSeries("recommend (miss)", "#d9822b", [.. results.Select(r => Point(r, r.Serve.Recommend.P99Milliseconds))]),
                new ChartSeries("filtered + MMR", "#cc4125", [.. results.Select(r => Point(r, r.Serve.RecommendFilteredMmr.P99Milliseconds))]),
            ]));
    }

    // Linux only; the figure is informational (the machine's cores are shared with other work).
    private static double? ReadLoadAverage()
    {
        const string path = "/proc/loadavg";
        return File.Exists(path) && double.TryParse(File.ReadAllText(path).Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }
}
