using Microsoft.Extensions.Options;
using MovieRecommender.Analytics;
using MovieRecommender.Web.Experiments;
using MovieRecommender.Web.Health;
using MovieRecommender.Web.Settings;

namespace MovieRecommender.Web.Analytics;

/// <summary>Events, search statistics and experiments: settings, the app database, the queue and its background jobs.</summary>
public static class AnalyticsServiceExtensions
{
    public static IServiceCollection AddAnalytics(this IServiceCollection services)
    {
        services.AddOptions<AnalyticsSettings>().BindConfiguration(AnalyticsSettings.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AppDatabaseSettings>()
            .Configure<IConfiguration>((settings, configuration) =>
            {
                settings.Provider = configuration[AppDatabaseSettings.ProviderKey] ?? settings.Provider;
                settings.ConnectionString = configuration.GetConnectionString(AppDatabaseSettings.ConnectionStringName);
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddExperiments();

        services.AddHttpContextAccessor();
        services.AddSingleton(CreateDatabaseFactory);
        services.AddSingleton<EventChannel>();
        services.AddScoped<AnalyticsRecorder>();

        // Registration order is start order: the tables exist before the writer and the cleanup touch them.
        services.AddHostedService<AnalyticsDatabaseMigrator>();
        services.AddHostedService<EventWriterService>();
        services.AddHostedService<AnalyticsCleanupService>();
        services.AddHealthChecks().AddCheck<AnalyticsDatabaseHealthCheck>(AnalyticsDatabaseHealthCheck.Name, tags: [HealthCheckTags.Ready]);
        return services;
    }

    /// <summary>The experiments from configuration (validated at start) and their catalog.</summary>
    public static IServiceCollection AddExperiments(this IServiceCollection services)
    {
        services.AddOptions<ExperimentsSettings>().BindConfiguration(ExperimentsSettings.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ExperimentsSettings>, ExperimentsSettingsValidator>();
        services.AddSingleton<ExperimentCatalog>();
        return services;
    }

    private static AnalyticsDbContextFactory CreateDatabaseFactory(IServiceProvider services)
    {
        var settings = services.GetRequiredService<IOptions<AppDatabaseSettings>>().Value;
        var environment = services.GetRequiredService<IHostEnvironment>();
        if (string.Equals(settings.Provider.Trim(), "postgres", StringComparison.OrdinalIgnoreCase))
        {
            return new AnalyticsDbContextFactory(AnalyticsDatabaseProvider.Postgres, settings.ConnectionString!);
        }

        var connection = string.IsNullOrWhiteSpace(settings.ConnectionString)
            ? $"Data Source={Path.Combine(environment.ContentRootPath, AppDatabaseSettings.DefaultSqliteFile)}"
            : settings.ConnectionString;
        return new AnalyticsDbContextFactory(AnalyticsDatabaseProvider.Sqlite, connection);
    }
}
