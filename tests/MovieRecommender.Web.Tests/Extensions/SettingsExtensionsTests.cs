using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MovieRecommender.Web.Extensions;

namespace MovieRecommender.Web.Tests.Extensions;

public sealed class SettingsExtensionsTests
{
    [Theory]
    [InlineData("RateLimiting:PermitLimit", "0", "RateLimiting:PermitLimit")]
    [InlineData("RateLimiting:WindowSeconds", "-1", "RateLimiting:WindowSeconds")]
    [InlineData("Cache:SizeLimit", "-5", "Cache:SizeLimit")]
    [InlineData("Model:Directory", "", "Model:Directory")]
    [InlineData("Cors:AllowedOrigins:0", "not a url", "Cors:AllowedOrigins")]
    [InlineData("Admin:Enabled", "true", "Admin:ApiKey")]
    [InlineData("RateLimiting:Policies:pages:PermitLimit", "0", "RateLimiting:Policies:pages:PermitLimit")]
    [InlineData("RateLimiting:Policies:health:WindowSeconds", "0", "RateLimiting:Policies:health:WindowSeconds")]
    [InlineData("RateLimiting:Policies:pagez:PermitLimit", "10", "RateLimiting:Policies:pagez is not a rate-limiting policy")]
    [InlineData("RateLimiting:Policies:api:PermitLimit", "10", "RateLimiting:PermitLimit")]
    [InlineData("ForwardedHeaders:KnownProxies:0", "proxy.local", "ForwardedHeaders:KnownProxies:0")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/33", "ForwardedHeaders:KnownNetworks:0")]
    [InlineData("Shutdown:TimeoutSeconds", "0", "Shutdown:TimeoutSeconds")]
    public async Task Startup_InvalidSetting_FailsNamingTheKey(string key, string value, string expectedInMessage)
    {
        await using var app = BuildApp(new Dictionary<string, string?> { [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(expectedInMessage, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Startup_NonNumericSetting_FailsNamingTheKey()
    {
        await using var app = BuildApp(new Dictionary<string, string?> { ["RateLimiting:PermitLimit"] = "lots" });

        var error = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => app.StartAsync());

        Assert.Contains("RateLimiting:PermitLimit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ShutdownTimeout_IsHowLongTheHostWaitsForRequestsInFlight()
    {
        using var app = BuildApp(new Dictionary<string, string?> { ["Shutdown:TimeoutSeconds"] = "7" });

        var host = app.Services.GetRequiredService<IOptions<Microsoft.Extensions.Hosting.HostOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(7), host.ShutdownTimeout);
    }

    [Fact]
    public async Task Startup_DefaultSettings_Starts()
    {
        await using var app = BuildApp(new Dictionary<string, string?>());

        await app.StartAsync();

        await app.StopAsync();
    }

    private static WebApplication BuildApp(IDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddWebSettings();
        return builder.Build();
    }
}
