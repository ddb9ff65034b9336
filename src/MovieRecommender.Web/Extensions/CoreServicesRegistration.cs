using Microsoft.Extensions.Options;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Core.Training;
using MovieRecommender.Web.Settings;

namespace MovieRecommender.Web.Extensions;

/// <summary>The one place where the web app registers the engine (recommender, trainer, model reader).</summary>
public static class CoreServicesRegistration
{
    public static IServiceCollection AddCoreServices(this IServiceCollection services)
    {
        services.AddRecommender();

        // The engine's own section ("Recommender") tunes it; the public Cache:SizeLimit setting wins for the cache size.
        // Pages are cached by the web app's HybridCache (shared by replicas through Redis), so the engine keeps none.
        services.AddOptions<RecommenderOptions>()
            .BindConfiguration(RecommenderOptions.SectionName)
            .Configure<IOptions<CacheSettings>>((engine, cache) =>
            {
                engine.CacheSizeLimit = cache.Value.SizeLimit;
                engine.CacheEnabled = false;
            })
            .ValidateOnStart();
        services.AddMovieTraining();
        return services;
    }
}
