using Microsoft.Extensions.Options;
using MovieRecommender.Analytics;
using MovieRecommender.Data.Registration;
using MovieRecommender.Web.Experiments;
using MovieRecommender.Web.Health;
using MovieRecommender.Web.Settings;

namespace MovieRecommender.Web.Analytics;

/// <summary>Events, search statistics and experiments: the analytics database, the queue and its background jobs (settings: AddWebSettings).</summary>
public static class AnalyticsServiceExtensions
{
    public static IServiceCollection AddAnalytics(this IServiceCollection services)
    {
        services.AddExperiments();

        services.AddHttpContextAccessor();
        services.AddSingleton(CreateDatabaseFactory);
        services.AddSingleton<EventTotals>();
        services.AddSingleton<EventChannel>();
        services.AddSingleton(s => s.GetRequiredService<AnalyticsDbContextFactory>().CreateBatchWriter());
        services.AddScoped<AnalyticsRecorder>();
        services.AddSingleton<AnalyticsErasure>();

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

    // Resolved when the first hosted service needs it, so bad settings stop the start with a message naming the key.
    private static AnalyticsDbContextFactory CreateDatabaseFactory(IServiceProvider services)
    {
        var settings = services.GetRequiredService<IOptions<AnalyticsSettings>>().Value;
        var accounts = services.GetRequiredService<IOptions<AccountsOptions>>().Value;
        var configuration = services.GetRequiredService<IConfiguration>();
        var provider = string.IsNullOrWhiteSpace(settings.Provider)
            ? (accounts.ProviderKind == AccountsProvider.Postgres ? AnalyticsDatabaseProvider.Postgres : AnalyticsDatabaseProvider.Sqlite)
            : (string.Equals(settings.Provider.Trim(), "postgres", StringComparison.OrdinalIgnoreCase) ? AnalyticsDatabaseProvider.Postgres : AnalyticsDatabaseProvider.Sqlite);
        var database = AnalyticsDatabase.Resolve(
            provider,
            configuration.GetConnectionString(AnalyticsSettings.ConnectionStringName),
            configuration.GetConnectionString(AccountsOptions.ConnectionStringName),
            services.GetRequiredService<IHostEnvironment>().ContentRootPath);
        return new AnalyticsDbContextFactory(database);
    }
}
