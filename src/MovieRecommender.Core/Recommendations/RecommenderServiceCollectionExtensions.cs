using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MovieRecommender.Core.Recommendations;

public static class RecommenderServiceCollectionExtensions
{
    /// <summary>
    /// Registers the engine as a singleton <see cref="IRecommenderService"/> (it owns its own size-limited
    /// result cache, independent of any app-wide IMemoryCache), its options (binding is the host's job) and
    /// <see cref="TimeProvider.System"/> unless a TimeProvider is already registered.
    /// </summary>
    public static IServiceCollection AddRecommender(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<RecommenderOptions>()
            .Validate(options => options.GetValidationErrors().Count == 0,
                $"{RecommenderOptions.SectionName} settings are invalid (see {nameof(RecommenderOptions)}).");
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RecommenderService>();
        services.TryAddSingleton<IRecommenderService>(provider => provider.GetRequiredService<RecommenderService>());
        services.TryAddSingleton<IFilmMatcher>(provider => provider.GetRequiredService<RecommenderService>());
        // "For you": TryAdd, so a hybrid recommender registered first replaces the content-based one.
        services.TryAddSingleton<Personalization.IProfileSeedSelector, Personalization.WeightedProfileSeedSelector>();
        services.TryAddSingleton<Personalization.IPersonalRecommender, Personalization.ContentPersonalRecommender>();
        return services;
    }
}
