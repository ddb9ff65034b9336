using MovieRecommender.Web.Settings;

namespace MovieRecommender.Web.Extensions;

public static class SettingsExtensions
{
    /// <summary>Binds every settings section and validates it at start, so a bad value stops the app naming its key.</summary>
    public static IServiceCollection AddWebSettings(this IServiceCollection services)
    {
        services.AddOptions<ModelSettings>().BindConfiguration(ModelSettings.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RateLimitingSettings>().BindConfiguration(RateLimitingSettings.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CacheSettings>().BindConfiguration(CacheSettings.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CorsSettings>().BindConfiguration(CorsSettings.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AdminSettings>().BindConfiguration(AdminSettings.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MetricsSettings>().BindConfiguration(MetricsSettings.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ForwardedHeadersSettings>().BindConfiguration(ForwardedHeadersSettings.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<FileLogSettings>().BindConfiguration(FileLogSettings.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AnalyticsSettings>().BindConfiguration(AnalyticsSettings.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
