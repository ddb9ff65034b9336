using Microsoft.Extensions.Options;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Core.Training;
using MovieRecommender.Web.Settings;

namespace MovieRecommender.Web.Extensions;

/// <summary>The one place where the web app registers the engine (recommender, trainer, model reader).</summary>
public static class CoreServicesRegistration
{
    public static IServiceCollection AddCoreServices(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddRecommender();
        services.AddOptions<RecommenderOptions>()
            .BindConfiguration(RecommenderOptions.SectionName)
            // The contract's public key for the cache size is Cache:SizeLimit; the engine owns the cache itself.
            .Configure<IOptions<CacheSettings>>((engine, cache) => engine.CacheSizeLimit = cache.Value.SizeLimit)
            .ValidateOnStart();
        services.AddMovieTraining();
        return services;
    }
}
