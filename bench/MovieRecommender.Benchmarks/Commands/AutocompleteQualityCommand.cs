using System.Globalization;
using MovieRecommender.Benchmarks.Autocomplete;
using MovieRecommender.Benchmarks.Suites;
using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Ingest;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Core.Training;
using Microsoft.Extensions.Options;

namespace MovieRecommender.Benchmarks.Commands;

/// <summary>
/// <c>autocomplete-quality [--data tmdb5000] [--input FILE] [--sample 1000] [--seed 42] [--show 5]</c>: hit@1 and
/// hit@10 of the app's autocomplete (the engine behind <c>/api/search</c>) on queries typed the way people type
/// (<see cref="AutocompleteQuerySet"/>), per kind of query, with a few misses of each kind printed.
/// </summary>
public static class AutocompleteQualityCommand
{
    public const string Name = "autocomplete-quality";
    private const int Limit = 10;

    public static async Task<int> RunAsync(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var input = arguments.Text("input");
        IReadOnlyList<Movie> movies = input is not null
            ? (await new CatalogReader().ReadAsync(input, null, CatalogFilter.None)).Movies
            : await BenchmarkData.MoviesAsync(arguments.Text("data", BenchmarkData.Tmdb5000)!);
        using var service = new RecommenderService(Options.Create(new RecommenderOptions()), TimeProvider.System);
        service.UseModel(RecommenderModelBuilder.Build(movies, new ModelBuildOptions()).Model, TimeSpan.Zero);

        var queries = AutocompleteQuerySet.Build(movies, arguments.Number("sample", 1000), arguments.Number("seed", 42));
        var show = arguments.Number("show", 5);
        var results = queries.Select(query =>
        {
            var ids = service.Search(query.Text, Limit).Select(hit => hit.Movie.Id).ToList();
            return (Query: query, Rank: ids.IndexOf(query.TargetId));
        }).ToList();

        Console.WriteLine($"{input ?? "tmdb5000"}: {movies.Count:N0} films, {queries.Count:N0} queries");
        Console.WriteLine();
        Console.WriteLine("| query kind | queries | hit@1 | hit@10 |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var group in results.GroupBy(r => r.Query.Kind).OrderBy(g => g.Key))
        {
            Console.WriteLine(Row(group.Key.ToString(), group.ToList()));
        }

        Console.WriteLine(Row("**all**", results));
        Console.WriteLine();
        foreach (var group in results.Where(r => r.Rank < 0).GroupBy(r => r.Query.Kind).OrderBy(g => g.Key))
        {
            var titles = group.Take(show).Select(r => $"\"{r.Query.Text}\" → {movies.First(m => m.Id == r.Query.TargetId).Title}");
            Console.WriteLine($"missed {group.Key}: {string.Join("; ", titles)}");
        }

        return 0;
    }

    private static string Row(string label, List<(AutocompleteQuery Query, int Rank)> results)
    {
        var count = Math.Max(1, results.Count);
        var top1 = results.Count(r => r.Rank == 0) / (double)count;
        var top10 = results.Count(r => r.Rank >= 0) / (double)count;
        return string.Create(CultureInfo.InvariantCulture, $"| {label} | {results.Count:N0} | {top1:0.000} | {top10:0.000} |");
    }
}
