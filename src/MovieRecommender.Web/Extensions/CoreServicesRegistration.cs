namespace MovieRecommender.Web.Extensions;

/// <summary>The one place where the web app registers the engine (recommender, trainer, model reader).</summary>
public static class CoreServicesRegistration
{
    public static IServiceCollection AddCoreServices(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        // TODO(merge): the engine and trainer are not on main yet. When they land, replace this comment with
        // (usings: MovieRecommender.Core.Recommendations, MovieRecommender.Core.Training, MovieRecommender.Web.Settings):
        //   services.AddRecommender();
        //   services.AddOptions<RecommenderOptions>()
        //       .BindConfiguration(RecommenderOptions.SectionName)
        //       .Configure<IOptions<CacheSettings>>((engine, cache) => engine.CacheSizeLimit = cache.Value.SizeLimit)
        //       .ValidateOnStart();
        //   services.AddMovieTraining();
        // Until then IRecommenderService, ITrainingPipeline and IModelReader must be supplied by the host (tests do).
        return services;
    }
}
