using MovieRecommender.Web.Accounts;
using MovieRecommender.Web.Extensions;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddWebConfiguration(args).AddObservability().UseStaticWebAssetsFromBuildOutput();
    builder.Services
        .AddWebSettings()
        // Before the web services: its migrator is a hosted service and must finish before the model loader starts.
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
