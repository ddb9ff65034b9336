using System.Diagnostics;
using System.Globalization;
using MovieRecommender.Benchmarks.Suites;
using MovieRecommender.Benchmarks.Synthetic;
using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Training;

namespace MovieRecommender.Benchmarks.Commands;

/// <summary>
/// <c>recall [--data tmdb5000|synthetic] [--size 100000] [--sample 500] [--seed 42]</c>: how many of the exact
/// top-K cosine neighbours the pruned neighbour search (used above <see cref="NeighbourOptions.ExactSearchMaxMovies"/>
/// films) finds. Pruning is forced on, and the exact answer is computed by brute force for a seeded sample of films.
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
        IReadOnlyList<Movie> movies = data == BenchmarkData.Tmdb5000
            ? await BenchmarkData.MoviesAsync(BenchmarkData.Tmdb5000)
            : [.. new SyntheticCatalogGenerator(new SyntheticCatalogOptions { Seed = seed }).Generate(arguments.Number("size", 100_000))];
        var options = new ModelBuildOptions();
        var k = options.Neighbours.Neighbours;
        var vectors = RecommenderModelBuilder.Vectorize(movies, options).Vectors;

        var stopwatch = Stopwatch.StartNew();
        var pruned = new NeighbourSearch(options.Neighbours with { ExactSearchMaxMovies = 0 }).FindNeighbours(vectors);
        var prunedSeconds = stopwatch.Elapsed.TotalSeconds;

        var random = new Random(seed);
        var sample = Enumerable.Range(0, movies.Count).OrderBy(_ => random.Next()).Take(arguments.Number("sample", 500)).ToArray();
        double foundK = 0, wantedK = 0, foundTen = 0, wantedTen = 0;
        foreach (var row in sample)
        {
            var exact = ExactTop(vectors, row, k);
            var found = pruned.NeighboursOf(row).ToArray();
            foundK += exact.Count(found.Contains);
            wantedK += exact.Length;
            var exactTen = exact.Take(TopTen).ToArray();
            foundTen += exactTen.Count(found.Take(TopTen).Contains);
            wantedTen += exactTen.Length;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{data} {movies.Count:N0} films, K = {k}, pruned search {prunedSeconds:0.0} s; sample {sample.Length}: recall@{k} {foundK / Math.Max(1, wantedK):0.000}, recall@{TopTen} (top-10 vs top-10) {foundTen / Math.Max(1, wantedTen):0.000}"));
        return 0;
    }

    // Brute force: cosine (vectors are unit length) with every other film, best k with a positive score.
    private static int[] ExactTop(SparseMatrix vectors, int row, int k) =>
        [.. Enumerable.Range(0, vectors.RowCount)
            .Where(other => other != row)
            .Select(other => (Other: other, Score: vectors.Dot(row, other)))
            .Where(p => p.Score > 0)
            .OrderByDescending(p => p.Score)
            .Take(k)
            .Select(p => p.Other)];
}
