using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MovieRecommender.Web.CatalogUpdates;
using MovieRecommender.Web.Analytics;
using MovieRecommender.Web.Experiments;
using MovieRecommender.Web.Health;
using MovieRecommender.Web.Live;
using MovieRecommender.Web.Localization;
using MovieRecommender.Web.Middleware;
using MovieRecommender.Web.Mobile;
using MovieRecommender.Web.OpenApi;
using MovieRecommender.Web.Presentation;
using MovieRecommender.Web.Services;
using MovieRecommender.Web.Sharing;
using MovieRecommender.Web.WhereToWatch;

namespace MovieRecommender.Web.Extensions;

public static class WebServicesExtensions
{
    /// <summary>MVC, ProblemDetails, OpenAPI and the model-loading services.</summary>
    public static IServiceCollection AddWebServices(this IServiceCollection services)
    {
        services.AddControllersWithViews(o =>
        {
            o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
        }).AddAppLocalization();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
            ctx.ProblemDetails.Extensions[CorrelationIdMiddleware.LogPropertyName.ToLowerInvariant()] = ctx.HttpContext.TraceIdentifier);
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer<ApiDocumentTransformer>();
            o.AddOperationTransformer<ApiOperationTransformer>();
        });
        services.AddRouting(o => o.LowercaseUrls = true);

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ModelLoadState>();
        services.AddSingleton<ModelReloadTrigger>();
        services.AddSingleton<ModelPaths>();
        services.AddSingleton<ModelHealth>();
        services.AddSingleton<SearchStatistics>();
        services.AddSingleton<CatalogUpdateScheduler>();
        services.AddSingleton<AppUptime>();
        services.AddSingleton<ServiceWorkerScript>();
        services.AddScoped<PageBuilder>();
        services.AddLiveUpdates();
        services.AddSharing();
        services.AddWhereToWatch();
        services.AddHostedService<ShutdownNotice>();
        services.AddHostedService<ModelDirectoryWatcher>();
        services.AddHostedService<CatalogUpdateService>();
        services.AddHostedService<CollaborativeRetrainService>();
        services.AddAppHealthChecks();
        services.AddAnalytics();
        services.AddSingleton<MovieRecommender.Analytics.Reports.AnalyticsReader>();
        services.AddScoped<ExperimentReportService>();
        services.AddSingleton<Observability.LatencyRecorder>();
        services.AddScoped<AnalyticsDashboardBuilder>();
        return services;
    }

    /// <summary>
    /// The model loader, registered before every other hosted service: hosted services start one after another
    /// before the server listens, and a million-film model takes seconds to read and index, so its load runs while
    /// the databases are migrated instead of after. Nothing is served before all of them have started.
    /// </summary>
    public static IServiceCollection AddModelLoading(this IServiceCollection services)
    {
        services.AddHostedService<ModelLoaderService>();
        return services;
    }
}
