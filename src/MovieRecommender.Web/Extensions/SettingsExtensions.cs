using System.Globalization;
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
        services.AddOptions<ForwardedHeadersSettings>().BindConfiguration(ForwardedHeadersSettings.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<FileLogSettings>().BindConfiguration(FileLogSettings.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ShutdownSettings>().BindConfiguration(ShutdownSettings.SectionName).ValidateDataAnnotations().ValidateOnStart();
        // The host waits this long for requests in flight once SIGTERM arrives. Read raw: the host reads its options
        // while it is built, before validation can name a bad value, which then stops the start as for other keys.
        services.AddOptions<HostOptions>().Configure<IConfiguration>((host, configuration) =>
        {
            var raw = configuration[$"{ShutdownSettings.SectionName}:{nameof(ShutdownSettings.TimeoutSeconds)}"];
            var seconds = raw is null ? new ShutdownSettings().TimeoutSeconds : int.TryParse(raw, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
            if (seconds > 0)
            {
                host.ShutdownTimeout = TimeSpan.FromSeconds(seconds);
            }
        });
        return services;
    }
}
