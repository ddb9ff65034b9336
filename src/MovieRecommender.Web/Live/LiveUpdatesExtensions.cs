namespace MovieRecommender.Web.Live;

public static class LiveUpdatesExtensions
{
    /// <summary>The model event stream, the admin event counts stream, their connection limit and its settings (section <c>Live</c>).</summary>
    public static IServiceCollection AddLiveUpdates(this IServiceCollection services)
    {
        services.AddOptions<LiveSettings>().BindConfiguration(LiveSettings.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<LiveConnectionLimiter>();
        services.AddSingleton<LiveStreamGate>();
        services.AddSingleton<ModelEventFeed>();
        services.AddSingleton<AdminEventCountsFeed>();
        return services;
    }
}
