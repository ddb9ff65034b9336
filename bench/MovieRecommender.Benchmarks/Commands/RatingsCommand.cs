using System.Diagnostics;
using System.Globalization;
using MovieRecommender.Benchmarks.Synthetic;

namespace MovieRecommender.Benchmarks.Commands;

/// <summary>
/// <c>ratings --size N --count 25000000 --films 60000 --output DIR [--seed 42]</c>: writes <c>ratings.csv.gz</c> and
/// <c>links.csv</c> in the MovieLens layout for the synthetic catalog of N films with that seed (the one
/// <c>generate --count N --seed S</c> writes), so the trainer can be measured on MovieLens-25M-sized ratings.
/// </summary>
public static class RatingsCommand
{
    public const string Name = "ratings";

    public static async Task<int> RunAsync(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var size = arguments.Number("size", 100_000);
        var seed = arguments.Number("seed", 42);
        var output = arguments.Text("output", "synthetic-ratings");
        var options = new SyntheticRatingsOptions
        {
            RatingCount = arguments.Number("count", 25_000_000),
            RatedFilms = Math.Min(size, arguments.Number("films", 60_000)),
            Seed = seed,
        };
        Directory.CreateDirectory(output);
        var stopwatch = Stopwatch.StartNew();
        // The same stream as "generate" (text included: leaving it out would change every later random draw).
        var ids = new int[size];
        var votes = new int[size];
        var index = 0;
        foreach (var movie in new SyntheticCatalogGenerator(new SyntheticCatalogOptions { Seed = seed }).Generate(size))
        {
            (ids[index], votes[index]) = (movie.Id, movie.VoteCount);
            index++;
        }

        var (ratings, users) = await new SyntheticRatingsGenerator(options)
            .WriteAsync(ids, votes, Path.Combine(output, "ratings.csv.gz"), Path.Combine(output, "links.csv"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {ratings:N0} ratings by {users:N0} users of {options.RatedFilms:N0} films to {output} in {stopwatch.Elapsed.TotalSeconds:0.0} s"));
        return 0;
    }
}
