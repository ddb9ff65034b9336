using MovieRecommender.Web.Accounts;
using MovieRecommender.Web.Extensions;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddWebConfiguration(args).AddObservability().UseStaticWebAssetsFromBuildOutput();
    builder.Services
        .AddWebSettings()
        // Hosted services start in this order: the model load first (it runs in the background), then the accounts
        // migrator, which must finish before the services that use the database (registered by AddWebServices).
        .AddModelLoading()
        .AddAccounts(builder.Environment)
        .AddWebServices()
        .AddSecurity()
        .AddForwardedHeadersFromSettings()
        .AddRateLimitPolicies()
        .AddScaleOut()
        .AddCoreServices();

    var app = builder.Build();
    app.UseWebPipeline().MapEndpoints().MapAccounts();
    await app.RunAsync().ConfigureAwait(false);
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    // Typically an invalid setting: the message names the key (e.g. "RateLimiting:PermitLimit must be ...").
    await Console.Error.WriteLineAsync($"MovieRecommender.Web failed to start: {ex.Message}").ConfigureAwait(false);
    return 1;
}

/// <summary>Entry point; partial so integration tests can use WebApplicationFactory&lt;Program&gt;.</summary>
public partial class Program;
