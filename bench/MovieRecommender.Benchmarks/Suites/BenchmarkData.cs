using MovieRecommender.Benchmarks.Synthetic;
using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Ingest;

namespace MovieRecommender.Benchmarks.Suites;

/// <summary>
/// Locates the shared reference data (../shared/data beside the repository root) and prepares synthetic
/// catalogs for the suites. Data sets are named so they read well as BenchmarkDotNet parameters.
/// </summary>
public static class BenchmarkData
{
    public const string Tmdb5000 = "tmdb5000";
    public const string Synthetic10K = "synthetic-10k";
    public const string Synthetic100K = "synthetic-100k";
    public const string Synthetic1M = "synthetic-1M";

    /// <summary>A trained model directory named by <see cref="ModelDirectoryVariable"/> (e.g. the 100k resampled model).</summary>
    public const string ModelDirectory = "model-dir";

    /// <summary>Environment variable naming the model directory of <see cref="ModelDirectory"/>.</summary>
    public const string ModelDirectoryVariable = "MOVIEREC_BENCH_MODEL";

    /// <summary>Environment variable selecting the serving suites' data sets (comma-separated names), e.g. "model-dir".</summary>
    public const string DataSetsVariable = "MOVIEREC_BENCH_DATASETS";

    /// <summary>The serving suites' data sets: those named by <see cref="DataSetsVariable"/>, else TMDB 5000 and synthetic 1M.</summary>
    public static IEnumerable<string> ServingDataSets() =>
        Environment.GetEnvironmentVariable(DataSetsVariable) is { Length: > 0 } names
            ? names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [Tmdb5000, Synthetic1M];

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MovieRecommender.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("MovieRecommender.sln not found above " + AppContext.BaseDirectory);
    }

    public static string SharedData(string fileName) => Path.Combine(RepositoryRoot(), "..", "shared", "data", fileName);

    public static int SizeOf(string dataSet) => dataSet switch
    {
        Synthetic10K => 10_000,
        Synthetic100K => 100_000,
        Synthetic1M => 1_000_000,
        _ => throw new ArgumentOutOfRangeException(nameof(dataSet), dataSet, "Not a synthetic data set."),
    };

    /// <summary>Path of the movies file for a data set (a synthetic one is generated once into the temp folder).</summary>
    public static async Task<(string Movies, string? Credits)> FilesAsync(string dataSet)
    {
        if (dataSet == Tmdb5000)
        {
            return (SharedData("tmdb_5000_movies.csv"), SharedData("tmdb_5000_credits.csv.gz"));
        }

        var path = Path.Combine(Path.GetTempPath(), $"movierec-bench-{dataSet}.csv.gz");
        if (!File.Exists(path))
        {
            var generator = new SyntheticCatalogGenerator(new SyntheticCatalogOptions());
            await TmdbDumpCsvWriter.WriteAsync(generator.Generate(SizeOf(dataSet)), path);
        }

        return (path, null);
    }

    /// <summary>Films of a data set through the product's ingest, no filtering.</summary>
    public static async Task<IReadOnlyList<Movie>> MoviesAsync(string dataSet)
    {
        var (movies, credits) = await FilesAsync(dataSet);
        var result = await new CatalogReader().ReadAsync(movies, credits, CatalogFilter.None);
        return result.Movies;
    }
}
