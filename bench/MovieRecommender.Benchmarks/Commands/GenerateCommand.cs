using System.Diagnostics;
using System.Globalization;
using MovieRecommender.Benchmarks.Suites;
using MovieRecommender.Benchmarks.Synthetic;
using MovieRecommender.Core.Catalog;

namespace MovieRecommender.Benchmarks.Commands;

/// <summary>
/// <c>generate --count N --output FILE.csv.gz [--seed N] [--generator zipf|resampled] [--hold-out N]</c>: writes a
/// synthetic catalog in the TMDB full-dump layout. <c>zipf</c> (default) draws pseudo-words from fixed Zipf
/// vocabularies; <c>resampled</c> copies the field shapes and word frequencies of TMDB 5000 and adds a long tail of
/// new words. <c>--hold-out N</c> writes the last N of the films to FILE-holdout.csv.gz instead (films for the
/// trainer's <c>update</c> benchmark: train on FILE, then update with the hold-out).
/// </summary>
public static class GenerateCommand
{
    public const string Name = "generate";
    public const string ZipfGenerator = "zipf";
    public const string ResampledGenerator = "resampled";

    public static async Task<int> RunAsync(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var count = arguments.Number("count", 10_000);
        var generator = arguments.Text("generator", ZipfGenerator);
        var output = arguments.Text("output", $"{generator}-{count}.csv.gz");
        var holdOut = arguments.Number("hold-out", 0);
        if (holdOut < 0 || holdOut >= count)
        {
            throw new ArgumentException($"--hold-out must be between 0 and --count - 1 ({count - 1}).");
        }

        var stopwatch = Stopwatch.StartNew();
        // The generators are seeded, so enumerating twice yields the same films: no need to hold 1M films in memory.
        var movies = await MoviesAsync(generator, count, arguments);
        await WriteAsync(movies.Take(count - holdOut), output, generator, stopwatch);
        if (holdOut > 0)
        {
            await WriteAsync(movies.Skip(count - holdOut), HoldOutPath(output), generator, stopwatch);
        }

        return 0;
    }

    private static string HoldOutPath(string output)
    {
        const string Extension = ".csv.gz";
        var stem = output.EndsWith(Extension, StringComparison.OrdinalIgnoreCase) ? output[..^Extension.Length] : output;
        return stem + "-holdout" + Extension;
    }

    private static async Task WriteAsync(IEnumerable<Movie> movies, string path, string generator, Stopwatch stopwatch)
    {
        var written = await TmdbDumpCsvWriter.WriteAsync(movies, path);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {written:N0} films ({generator}) to {path} ({new FileInfo(path).Length / 1e6:0.0} MB) in {stopwatch.Elapsed.TotalSeconds:0.0} s"));
    }

    private static async Task<IEnumerable<Movie>> MoviesAsync(string generator, int count, CommandArguments arguments) => generator switch
    {
        ZipfGenerator => new SyntheticCatalogGenerator(new SyntheticCatalogOptions { Seed = arguments.Number("seed", 42) }).Generate(count),
        ResampledGenerator => new ResampledCatalogGenerator(
            await BenchmarkData.MoviesAsync(BenchmarkData.Tmdb5000),
            new ResampledCatalogOptions { Seed = arguments.Number("seed", 7) }).Generate(count),
        _ => throw new ArgumentException($"Unknown generator '{generator}': use {ZipfGenerator} or {ResampledGenerator}."),
    };
}
