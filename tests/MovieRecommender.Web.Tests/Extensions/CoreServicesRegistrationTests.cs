using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Core.Training;
using MovieRecommender.Web.Extensions;
using MovieRecommender.Web.Settings;

namespace MovieRecommender.Web.Tests.Extensions;

public sealed class CoreServicesRegistrationTests
{
    [Fact]
    public void AddCoreServices_CacheSizeSetting_FlowsIntoTheEngineOptions()
    {
        using var provider = Build(new CacheSettings { SizeLimit = 1234 });

        Assert.Equal(1234, provider.GetRequiredService<IOptions<RecommenderOptions>>().Value.CacheSizeLimit);
    }

    [Fact]
    public void AddCoreServices_Registers_TheEngineTrainerAndReader()
    {
        using var provider = Build(new CacheSettings());

        Assert.IsType<RecommenderService>(provider.GetRequiredService<IRecommenderService>());
        Assert.NotNull(provider.GetRequiredService<ITrainingPipeline>());
        Assert.NotNull(provider.GetRequiredService<IModelReader>());
    }

    private static ServiceProvider Build(CacheSettings cache)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        services.AddSingleton(Options.Create(cache));
        services.AddCoreServices();
        return services.BuildServiceProvider();
    }
}
