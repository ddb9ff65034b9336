using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MovieRecommender.Web.CatalogUpdates;
using MovieRecommender.Web.Live;
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
            UseNonEchoingBindingMessages(o.ModelBindingMessageProvider);
        });
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
        services.AddHostedService<ModelLoaderService>();
        services.AddHostedService<ModelDirectoryWatcher>();
        services.AddHostedService<CatalogUpdateService>();
        return services;
    }

    /// <summary>
    /// Binding errors name the parameter but never repeat the value: echoing a client's 5,000 characters of
    /// markup back (even as JSON) helps nobody.
    /// </summary>
    private static void UseNonEchoingBindingMessages(Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((_, name) => $"The value given for {name} is not valid.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => "The value given is not valid.");
        messages.SetUnknownValueIsInvalidAccessor(name => $"The value given for {name} is not valid.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "The value given is not valid.");
        messages.SetValueIsInvalidAccessor(_ => "The value given is not valid.");
        messages.SetValueMustBeANumberAccessor(name => $"{name} must be a number.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "The value must be a number.");
        messages.SetValueMustNotBeNullAccessor(_ => "A value is required.");
    }
}
