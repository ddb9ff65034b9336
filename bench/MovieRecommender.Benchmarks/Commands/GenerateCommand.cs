using System.Diagnostics;
using System.Globalization;
using MovieRecommender.Benchmarks.Suites;
using MovieRecommender.Benchmarks.Synthetic;
using MovieRecommender.Core.Catalog;

namespace MovieRecommender.Benchmarks.Commands;

/// <summary>
/// <c>generate --count N --output FILE.csv.gz [--seed N] [--generator zipf|resampled]</c>: writes a synthetic
/// catalog in the TMDB full-dump layout. <c>zipf</c> (default) draws pseudo-words from fixed Zipf vocabularies;
/// <c>resampled</c> copies the field shapes and word frequencies of TMDB 5000 and adds a long tail of new words.
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
        var stopwatch = Stopwatch.StartNew();
        var written = await TmdbDumpCsvWriter.WriteAsync(await MoviesAsync(generator, count, arguments), output);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {written:N0} films ({generator}) to {output} ({new FileInfo(output).Length / 1e6:0.0} MB) in {stopwatch.Elapsed.TotalSeconds:0.0} s"));
        return 0;
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
