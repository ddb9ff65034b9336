using System.Diagnostics;
using System.Globalization;
using MovieRecommender.Benchmarks.Synthetic;

namespace MovieRecommender.Benchmarks.Commands;

/// <summary><c>generate --count N --output FILE.csv.gz [--seed 42]</c>: writes a synthetic TMDB full-dump catalog.</summary>
public static class GenerateCommand
{
    public const string Name = "generate";

    public static async Task<int> RunAsync(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var count = arguments.Number("count", 10_000);
        var output = arguments.Text("output", $"synthetic-{count}.csv.gz");
        var generator = new SyntheticCatalogGenerator(new SyntheticCatalogOptions { Seed = arguments.Number("seed", 42) });
        var stopwatch = Stopwatch.StartNew();
        var written = await TmdbDumpCsvWriter.WriteAsync(generator.Generate(count), output);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {written:N0} films to {output} ({new FileInfo(output).Length / 1e6:0.0} MB) in {stopwatch.Elapsed.TotalSeconds:0.0} s"));
        return 0;
    }
}
