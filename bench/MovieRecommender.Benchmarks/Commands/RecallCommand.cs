using System.Diagnostics;
using System.Globalization;
using MovieRecommender.Benchmarks.Suites;
using MovieRecommender.Benchmarks.Synthetic;
using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Ingest;
using MovieRecommender.Core.Training;

namespace MovieRecommender.Benchmarks.Commands;

/// <summary>
/// <c>recall [--data tmdb5000|synthetic] [--input FILE] [--size 100000] [--sample 500] [--seed 42] [--threads N] [--budget N] [--rescore N]</c>:
/// how many of the exact top-K cosine neighbours the neighbour search returns with its budgeted path forced on
///, against brute force (cosine with every other film) for a seeded sample of films. <c>--input</c>
/// reads any catalog file through the product's ingest (no filtering) instead of a named data set.
/// </summary>
public static class RecallCommand
{
    public const string Name = "recall";
    private const int TopTen = 10;

    public static async Task<int> RunAsync(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var data = arguments.Text("data", "synthetic");
        var seed = arguments.Number("seed", 42);
        var input = arguments.Text("input");
        IReadOnlyList<Movie> movies = input is not null
            ? (await new CatalogReader().ReadAsync(input, null, CatalogFilter.None)).Movies
            : data == BenchmarkData.Tmdb5000
                ? await BenchmarkData.MoviesAsync(BenchmarkData.Tmdb5000)
                : [.. new SyntheticCatalogGenerator(new SyntheticCatalogOptions { Seed = seed }).Generate(arguments.Number("size", 100_000))];
        var options = new ModelBuildOptions();
        var threads = arguments.Number("threads", 0);
        var neighbourOptions = options.Neighbours with
        {
            ExactSearchMaxMovies = 0,
            MaxDegreeOfParallelism = threads,
            PostingBudget = arguments.Number("budget", NeighbourOptions.DefaultPostingBudget),
            RescoreCandidates = arguments.Number("rescore", NeighbourOptions.DefaultRescoreCandidates),
        };
        var k = neighbourOptions.Neighbours;
        var vectors = RecommenderModelBuilder.Vectorize(movies, options with { Neighbours = neighbourOptions }).Vectors;

        var statistics = new NeighbourSearchStatistics();
        var stopwatch = Stopwatch.StartNew();
        var graph = new NeighbourSearch(neighbourOptions).FindNeighbours(vectors, statistics);
        var searchSeconds = stopwatch.Elapsed.TotalSeconds;

        var random = new Random(seed);
        var sample = Enumerable.Range(0, movies.Count).OrderBy(_ => random.Next()).Take(arguments.Number("sample", 500)).ToArray();
        double foundK = 0, wantedK = 0, foundTen = 0, wantedTen = 0;
        foreach (var row in sample)
        {
            var exact = ExactTop(vectors, row, k);
            var found = graph.NeighboursOf(row).ToArray();
            foundK += exact.Count(found.Contains);
            wantedK += exact.Length;
            var exactTen = exact.Take(TopTen).ToArray();
            foundTen += exactTen.Count(found.Take(TopTen).Contains);
            wantedTen += exactTen.Length;
        }

        var rows = Math.Max(1, movies.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{input ?? data} {movies.Count:N0} films, {vectors.NonZeroCount / (double)rows:0.0} terms/film, K = {k}, " +
            $"budgeted search {searchSeconds:0.0} s on {neighbourOptions.EffectiveThreads} threads " +
            $"({statistics.PostingsRead / (double)rows:N0} postings and {statistics.ExactScores / (double)rows:N0} exact scores per film, " +
            $"{100.0 * statistics.RowsCutShort / rows:0}% of films cut short by the budget); sample {sample.Length}: " +
            $"recall@{k} {foundK / Math.Max(1, wantedK):0.000}, recall@{TopTen} (top-10 vs top-10) {foundTen / Math.Max(1, wantedTen):0.000}"));
        return 0;
    }

    // Brute force: cosine (vectors are unit length) with every other film, best k with a positive score, ties by index.
    private static int[] ExactTop(SparseMatrix vectors, int row, int k) =>
        [.. Enumerable.Range(0, vectors.RowCount)
            .Where(other => other != row)
            .Select(other => (Other: other, Score: vectors.Dot(row, other)))
            .Where(p => p.Score > 0)
            .OrderByDescending(p => p.Score)
            .ThenBy(p => p.Other)
            .Take(k)
            .Select(p => p.Other)];
}
