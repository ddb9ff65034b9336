using Microsoft.Extensions.Options;
using MovieRecommender.Benchmarks.Synthetic;
using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Core.Training;

namespace MovieRecommender.Benchmarks.Suites;

/// <summary>Engine instances for the serving suites, over a trained TMDB 5000 model or a synthetic 1M model.</summary>
public static class ServiceFactory
{
    /// <param name="dataSet">A <see cref="BenchmarkData"/> name.</param>
    /// <param name="cacheSizeLimit">1 makes every random request a cache miss.</param>
    /// <param name="cacheEnabled">False bypasses the result cache, so only the engine's own work is measured.</param>
    /// <returns>The service with the model in use, and the model's films (for building queries).</returns>
    public static (RecommenderService Service, IReadOnlyList<Movie> Movies) Create(string dataSet, int cacheSizeLimit,
        bool cacheEnabled = true)
    {
        var service = new RecommenderService(Options.Create(new RecommenderOptions
        {
            CacheSizeLimit = cacheSizeLimit,
            CacheEnabled = cacheEnabled,
        }), TimeProvider.System);
        if (dataSet == BenchmarkData.ModelDirectory)
        {
            string directory = Environment.GetEnvironmentVariable(BenchmarkData.ModelDirectoryVariable)
                ?? throw new InvalidOperationException($"Set {BenchmarkData.ModelDirectoryVariable} to a trained model directory.");
            var model = new ModelReader().ReadAsync(directory).GetAwaiter().GetResult();
            service.UseModel(model, TimeSpan.Zero);
            return (service, model.Movies);
        }

        if (dataSet == BenchmarkData.Tmdb5000)
        {
            var movies = BenchmarkData.MoviesAsync(dataSet).GetAwaiter().GetResult();
            service.UseModel(RecommenderModelBuilder.Build(movies, new ModelBuildOptions()).Model, TimeSpan.Zero);
            return (service, movies);
        }
        else
        {
            // Text is never read when serving; leaving it out keeps a million films near 1 GB.
            var movies = new SyntheticCatalogGenerator(new SyntheticCatalogOptions())
                .Generate(BenchmarkData.SizeOf(dataSet), includeText: false).ToArray();
            service.UseModel(SyntheticModelFactory.Create(movies), TimeSpan.Zero);
            return (service, movies);
        }
    }
}
