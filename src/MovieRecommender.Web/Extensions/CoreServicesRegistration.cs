namespace MovieRecommender.Web.Extensions;

/// <summary>The one place where the web app registers the engine (recommender, trainer, model reader).</summary>
public static class CoreServicesRegistration
{
    public static IServiceCollection AddCoreServices(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        // TODO(merge): the engine is not on main yet. Once it lands, replace this comment with:
        //   services.AddRecommender();   // MovieRecommender.Core.Recommendations: RecommenderService
        //   services.Configure<RecommenderOptions>(o => o.CacheSizeLimit =
        //       configuration.GetSection(CacheSettings.SectionName).Get<CacheSettings>()?.SizeLimit ?? o.CacheSizeLimit);
        //   services.AddMovieTraining(); // MovieRecommender.Core.Training: TrainingPipeline + ModelReader
        // Until then IRecommenderService, ITrainingPipeline and IModelReader must be supplied by the host (tests do).
        return services;
    }
}
