using Microsoft.AspNetCore.Mvc;

namespace MovieRecommender.Web.WhereToWatch;

public static class WhereToWatchExtensions
{
    /// <summary>The served model's watch providers, the visitor's region and the services filter's region default.</summary>
    public static IServiceCollection AddWhereToWatch(this IServiceCollection services)
    {
        services.AddOptions<WhereToWatchSettings>().BindConfiguration(WhereToWatchSettings.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WatchProvidersState>();
        services.AddSingleton<WatchRegionResolver>();
        services.AddScoped<IWatchServicesStore, AccountWatchServicesStore>();
        services.AddScoped<WatchRegionActionFilter>();
        services.Configure<MvcOptions>(o => o.Filters.AddService<WatchRegionActionFilter>());
        return services;
    }
}
