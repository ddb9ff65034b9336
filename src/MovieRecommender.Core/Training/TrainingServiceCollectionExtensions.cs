using Microsoft.Extensions.DependencyInjection;
using MovieRecommender.Core.Ingest;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Updating;

namespace MovieRecommender.Core.Training;

/// <summary>DI registration of catalog reading, training and model persistence.</summary>
public static class TrainingServiceCollectionExtensions
{
    public static IServiceCollection AddMovieTraining(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<TrainingOptions>();
        services.AddSingleton<ICatalogReader, CatalogReader>();
        services.AddSingleton<IModelWriter, ModelWriter>();
        services.AddSingleton<IModelReader, ModelReader>();
        services.AddSingleton<ITrainingPipeline, TrainingPipeline>();
        services.AddSingleton<ICatalogUpdater, CatalogUpdater>();
        return services;
    }
}
