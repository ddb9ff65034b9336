using Microsoft.Extensions.DependencyInjection;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Tests.Training;

public sealed class TrainingServiceCollectionExtensionsTests
{
    [Fact]
    public void AddMovieTraining_WithoutLogging_ResolvesSingletons()
    {
        using var provider = new ServiceCollection().AddMovieTraining().BuildServiceProvider(validateScopes: true);

        var pipeline = provider.GetRequiredService<ITrainingPipeline>();
        var reader = provider.GetRequiredService<IModelReader>();

        Assert.IsType<TrainingPipeline>(pipeline);
        Assert.IsType<ModelReader>(reader);
        Assert.Same(pipeline, provider.GetRequiredService<ITrainingPipeline>());
    }

    [Fact]
    public void AddMovieTraining_ConfiguredOptions_AreUsedByThePipeline()
    {
        var services = new ServiceCollection().AddMovieTraining();
        services.Configure<TrainingOptions>(o => o.Build = o.Build with { TopTermsPerMovie = 7 });
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<TrainingOptions>>().Value;

        Assert.Equal(7, options.Build.TopTermsPerMovie);
        Assert.NotNull(provider.GetRequiredService<ITrainingPipeline>());
    }
}
