using System.Diagnostics;
using System.Text.Json;
using MovieRecommender.Benchmarks.Measurement;
using MovieRecommender.Core.Ingest;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Training;

namespace MovieRecommender.Benchmarks.Commands;

/// <summary>
/// <c>train --input FILE --output DIR [--credits FILE] [--min-votes 0] [--ratings FILE --links FILE]</c>: one training
/// run through the real pipeline (ingest → TF-IDF → neighbours → collaborative part and ranker with ratings → write), reporting stage times and this process's peak working set
/// as one JSON line. The scale command runs it as a child process so each size's peak memory is its own.
/// </summary>
public static class TrainCommand
{
    public const string Name = "train";

    public static async Task<int> RunAsync(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var request = new TrainingRequest
        {
            InputPath = arguments.Text("input") ?? throw new ArgumentException("--input FILE is required."),
            CreditsPath = arguments.Text("credits"),
            OutputDirectory = arguments.Text("output") ?? throw new ArgumentException("--output DIR is required."),
            MinVoteCount = arguments.Number("min-votes", 0),
            RatingsPath = arguments.Text("ratings"),
            LinksPath = arguments.Text("links"),
        };

        var pipeline = new TrainingPipeline(new CatalogReader(), new ModelWriter());
        var stopwatch = Stopwatch.StartNew();
        var summary = await pipeline.TrainAsync(request, new ConsoleTrainingProgress());
        var measurement = new TrainMeasurement
        {
            Movies = summary.Movies,
            Terms = summary.Terms,
            TotalSeconds = stopwatch.Elapsed.TotalSeconds,
            StageSeconds = summary.StageDurations.ToDictionary(p => p.Key.ToString(), p => p.Value.TotalSeconds),
            PeakWorkingSetBytes = ProcessMemory.PeakWorkingSetBytes(),
            ModelBytes = Directory.EnumerateFiles(request.OutputDirectory).Sum(f => new FileInfo(f).Length),
            FileBytes = Directory.EnumerateFiles(request.OutputDirectory).ToDictionary(f => Path.GetFileName(f), f => new FileInfo(f).Length),
            RatingsUsed = summary.Collaborative?.RatingsUsed,
        };
        Console.WriteLine(JsonSerializer.Serialize(measurement));
        return 0;
    }
}
