using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Options;
using MovieRecommender.Benchmarks.Measurement;
using MovieRecommender.Core.Collaborative;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Benchmarks.Commands;

/// <summary>
/// <c>hybrid-latency --model DIR [--queries 10000] [--seed 42]</c>: loads a model trained with ratings as the web app
/// does and times, one call at a time with a one-entry cache (every call a miss): hybrid recommendations for seeds
/// that have ratings, content recommendations for the same seeds, personal recommendations for 5-film profiles
/// (ALS fold-in + learned ranker), and the fold-in solve alone. Prints the figures and one JSON line.
/// </summary>
public static class HybridLatencyCommand
{
    public const string Name = "hybrid-latency";
    private const int Warmup = 500;
    private const int ProfileSize = 5;

    public static async Task<int> RunAsync(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var directory = arguments.Text("model") ?? throw new ArgumentException("--model DIR is required.");
        var queries = arguments.Number("queries", 10_000);
        var random = new Random(arguments.Number("seed", 42));

        var stopwatch = Stopwatch.StartNew();
        var model = await new ModelReader().ReadAsync(directory);
        var loadSeconds = stopwatch.Elapsed.TotalSeconds;
        var collaborative = model.Collaborative ?? throw new ArgumentException($"{directory} holds a content-only model (train it with --ratings and --links).");
        stopwatch.Restart();
        using var service = new RecommenderService(Options.Create(new RecommenderOptions { CacheSizeLimit = 1 }), TimeProvider.System);
        service.UseModel(model, TimeSpan.FromSeconds(loadSeconds));
        var indexSeconds = stopwatch.Elapsed.TotalSeconds;
        var resident = ProcessMemory.WorkingSetAfterFullCollectionBytes();

        int[] rated = [.. Enumerable.Range(0, model.MovieCount).Where(f => collaborative.RatingCounts[f] > 0)];
        var seeds = Enumerable.Range(0, queries).Select(_ => model.Table.IdAt(rated[random.Next(rated.Length)])).ToArray();
        var profiles = Enumerable.Range(0, queries).Select(_ => Enumerable.Range(0, ProfileSize)
            .Select(_ => (Film: rated[random.Next(rated.Length)], Rating: 0.5f + (random.Next(10) * 0.5f))).ToArray()).ToArray();
        var measurement = new HybridServeMeasurement
        {
            Movies = model.MovieCount,
            RatedFilms = rated.Length,
            LoadSeconds = loadSeconds,
            IndexSeconds = indexSeconds,
            ResidentBytesAfterLoad = resident,
            CollaborativeBytes = CollaborativeBytes(collaborative) + (model.Ranker?.ModelBytes.LongLength ?? 0),
            HybridRecommend = LatencySummary.Measure(seeds, id => service.Recommend(new RecommendationRequest { SeedIds = [id], Count = 15 }), Warmup),
            ContentRecommend = LatencySummary.Measure(seeds,
                id => service.Recommend(new RecommendationRequest { SeedIds = [id], Count = 15, Algorithm = RecommendationAlgorithm.Content }), Warmup),
            Profile = LatencySummary.Measure(profiles, p => service.RecommendForProfile(new ProfileRecommendationRequest
            {
                Ratings = [.. p.Select(r => new RatedFilm(model.Table.IdAt(r.Film), r.Rating))],
                Count = 15,
            }), Warmup),
            FoldIn = LatencySummary.Measure(profiles, p => AlsFoldIn.Solve(collaborative.Factors, [.. p.Select(r => (r.Film, r.Rating))]), Warmup),
        };

        Console.WriteLine($"movies {measurement.Movies:N0} ({measurement.RatedFilms:N0} rated); load {loadSeconds:0.00} s + index {indexSeconds:0.00} s; resident {resident / 1e6:N0} MB; collaborative part {measurement.CollaborativeBytes / 1e6:N1} MB");
        Console.WriteLine($"hybrid (miss)        {measurement.HybridRecommend}");
        Console.WriteLine($"content (miss)       {measurement.ContentRecommend}");
        Console.WriteLine($"profile (5 ratings)  {measurement.Profile}");
        Console.WriteLine($"ALS fold-in alone    {measurement.FoldIn}");
        Console.WriteLine(JsonSerializer.Serialize(measurement));
        return 0;
    }

    private static long CollaborativeBytes(CollaborativeModel collaborative) =>
        ((collaborative.Similar.Offsets.LongLength + collaborative.Similar.Indices.LongLength + collaborative.RatingCounts.LongLength
          + collaborative.Factors.RowOf.LongLength) * sizeof(int))
        + ((collaborative.Similar.Scores.LongLength + collaborative.Factors.Factors.LongLength) * sizeof(float))
        + (collaborative.Factors.Gram.LongLength * sizeof(double));
}
