using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MovieRecommender.Web.Middleware;
using MovieRecommender.Web.Presentation;
using MovieRecommender.Web.Services;

namespace MovieRecommender.Web.Extensions;

public static class WebServicesExtensions
{
    /// <summary>MVC, ProblemDetails, OpenAPI and the model-loading services.</summary>
    public static IServiceCollection AddWebServices(this IServiceCollection services)
    {
        services.AddControllersWithViews(o => o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()));
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
            ctx.ProblemDetails.Extensions[CorrelationIdMiddleware.LogPropertyName.ToLowerInvariant()] = ctx.HttpContext.TraceIdentifier);
        services.AddOpenApi();
        services.AddRouting(o => o.LowercaseUrls = true);

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ModelLoadState>();
        services.AddSingleton<ModelReloadTrigger>();
        services.AddSingleton<ModelPaths>();
        services.AddSingleton<SearchStatistics>();
        services.AddSingleton<AppUptime>();
        services.AddScoped<PageBuilder>();
        services.AddHostedService<ModelLoaderService>();
        services.AddHostedService<ModelDirectoryWatcher>();
        return services;
    }
}
