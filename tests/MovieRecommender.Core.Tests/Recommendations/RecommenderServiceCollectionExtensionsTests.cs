using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MovieRecommender.Core.Recommendations;
using Moq;

namespace MovieRecommender.Core.Tests.Recommendations;

public class RecommenderServiceCollectionExtensionsTests
{
    [Fact]
    public void AddRecommender_EmptyCollection_RegistersSingletonEngineOptionsAndClock()
    {
        // Arrange
        var services = new ServiceCollection();

        // Act
        services.AddRecommender();

        // Assert
        var engine = Assert.Single(services, d => d.ServiceType == typeof(IRecommenderService));
        Assert.Equal(ServiceLifetime.Singleton, engine.Lifetime);
        Assert.Contains(services, d => d.ServiceType == typeof(RecommenderService) && d.Lifetime == ServiceLifetime.Singleton);
        Assert.Contains(services, d => d.ServiceType == typeof(TimeProvider) && d.ImplementationInstance == TimeProvider.System);
        Assert.Contains(services, d => d.ServiceType == typeof(IValidateOptions<RecommenderOptions>));
        Assert.Contains(services, d => d.ServiceType == typeof(IOptions<>));
    }

    [Fact]
    public void AddRecommender_ExistingTimeProvider_IsKept()
    {
        // Arrange
        var services = new ServiceCollection();
        var clock = new Mock<TimeProvider>().Object;
        services.AddSingleton(clock);

        // Act
        services.AddRecommender();

        // Assert
        var registration = Assert.Single(services, d => d.ServiceType == typeof(TimeProvider));
        Assert.Same(clock, registration.ImplementationInstance);
    }

    [Fact]
    public void AddRecommender_EngineFactory_ReturnsTheConcreteSingleton()
    {
        // Arrange
        var services = new ServiceCollection().AddRecommender();
        using var concrete = new RecommenderService(Options.Create(new RecommenderOptions()), TimeProvider.System);
        var provider = new Mock<IServiceProvider>();
        provider.Setup(p => p.GetService(typeof(RecommenderService))).Returns(concrete);
        var engine = services.Single(d => d.ServiceType == typeof(IRecommenderService));

        // Act
        object resolved = engine.ImplementationFactory!(provider.Object);

        // Assert
        Assert.Same(concrete, resolved);
    }
}
