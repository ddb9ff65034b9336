using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Observability;

/// <summary>GET /metrics: Prometheus text a real parser accepts, with the app's own instruments, for allowed networks only.</summary>
/// <remarks>
/// Exact page-cache counts are asserted, and the exporter reads every app of the test process: another class's app
/// observed at the same scrape reported its own (zero) page hits in CI. Run alone.
/// </remarks>
[Collection(ProcessWideMetricsDefinition.Name)]
public sealed class MetricsEndpointTests
{
    [Fact]
    public async Task Metrics_FromLoopbackAfterTraffic_ParsesAndCarriesAppInstruments()
    {
        // Arrange
        using var factory = new WebAppFactory();
        var client = factory.CreateClient();
        (await client.GetAsync("/api/search?q=heat")).EnsureSuccessStatusCode();
        (await client.GetAsync("/api/v1/recommendations?title=Heat")).EnsureSuccessStatusCode();
        (await client.GetAsync("/top-rated")).EnsureSuccessStatusCode();

        // Act
        var context = await ScrapeAsync(factory, IPAddress.Loopback);
        var samples = await PrometheusTextParser.ParseAsync(await ReadBodyAsync(context));

        // Assert
        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Contains(samples, s => s.Name == "http_server_request_duration_seconds_count" && s.Labels.GetValueOrDefault("http_route") == "api/search");
        Assert.Contains(samples, s => s.Name == "movierec_recommendations_served_total" && s.Labels["algorithm"] == "content" && s.Labels["list"] == "api" && s.Value >= 1);
        Assert.Contains(samples, s => s.Name == "movierec_recommendations_served_total" && s.Labels["list"] == "top-rated" && s.Value >= 1);
        Assert.Contains(samples, s => s.Name == "movierec_search_duration_seconds_count" && s.Value >= 1);
        Assert.Contains(samples, s => s.Name == "movierec_cache_hits_total" && s.Value == 3);
        Assert.Contains(samples, s => s.Name == "movierec_cache_misses_total" && s.Value == 1);
        Assert.Contains(samples, s => s.Name == "movierec_model_info" && s.Labels["model_version"] == "test-v1" && s.Labels["movies"] == "4" && s.Value == 1);
        Assert.Contains(samples, s => s.Name == "movierec_model_load_duration_seconds" && s.Value == 1);
        Assert.Contains(samples, s => s.Name.StartsWith("dotnet_gc_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Metrics_SamePageTwice_PageCacheHitCountedApartFromTheEngineCache()
    {
        // Arrange: the second request is answered by the page cache and never reaches the engine.
        using var factory = new WebAppFactory();
        var client = factory.CreateClient();
        (await client.GetAsync("/api/v1/recommendations?title=Heat")).EnsureSuccessStatusCode();
        (await client.GetAsync("/api/v1/recommendations?title=Heat")).EnsureSuccessStatusCode();

        // Act
        var samples = await PrometheusTextParser.ParseAsync(await ReadBodyAsync(await ScrapeAsync(factory, IPAddress.Loopback)));

        // Assert: the page cache's own series; the engine's stay as the engine reports them (the fake: 3 hits, 1 miss).
        Assert.Equal(1, samples.Single(s => s.Name == "movierec_cache_hits_total" && s.Labels.GetValueOrDefault("cache") == "page").Value);
        Assert.Equal(1, samples.Single(s => s.Name == "movierec_cache_misses_total" && s.Labels.GetValueOrDefault("cache") == "page").Value);
        Assert.Equal(3, samples.Single(s => s.Name == "movierec_cache_hits_total" && s.Labels.GetValueOrDefault("cache") == "engine").Value);
        Assert.Equal(1, samples.Single(s => s.Name == "movierec_cache_misses_total" && s.Labels.GetValueOrDefault("cache") == "engine").Value);
    }

    [Fact]
    public async Task Metrics_RateLimitRejection_CountedByPolicy()
    {
        // Arrange
        using var factory = new WebAppFactory(new Dictionary<string, string?> { ["RateLimiting:PermitLimit"] = "1" });
        var client = factory.CreateClient();
        await client.GetAsync("/api/search?q=heat");
        var rejected = await client.GetAsync("/api/search?q=heat");

        // Act
        var samples = await PrometheusTextParser.ParseAsync(await ReadBodyAsync(await ScrapeAsync(factory, IPAddress.Loopback)));

        // Assert
        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        Assert.Contains(samples, s => s.Name == "aspnetcore_rate_limiting_requests_total"
            && s.Labels.GetValueOrDefault("aspnetcore_rate_limiting_policy") == "api"
            && s.Labels.GetValueOrDefault("aspnetcore_rate_limiting_result") == "endpoint_limiter" && s.Value >= 1);
    }

    [Theory]
    [InlineData("10.1.2.3")]
    [InlineData("2001:db8::1")]
    public async Task Metrics_FromOtherNetwork_Returns403Problem(string address)
    {
        // Arrange
        using var factory = new WebAppFactory();

        // Act
        var context = await ScrapeAsync(factory, IPAddress.Parse(address));

        // Assert
        Assert.Equal(StatusCodes.Status403Forbidden, context.Response.StatusCode);
        Assert.Equal(HttpAssertions.ProblemJson, context.Response.ContentType?.Split(';')[0]);
        Assert.DoesNotContain("movierec_", await ReadBodyAsync(context), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_ConfiguredNetworks_ReplaceLoopback()
    {
        // Arrange
        using var factory = new WebAppFactory(new Dictionary<string, string?> { ["Metrics:AllowedNetworks:0"] = "10.0.0.0/8" });

        // Act
        var fromNetwork = await ScrapeAsync(factory, IPAddress.Parse("10.1.2.3"));
        var fromLoopback = await ScrapeAsync(factory, IPAddress.Loopback);

        // Assert
        Assert.Equal(StatusCodes.Status200OK, fromNetwork.Response.StatusCode);
        Assert.Equal(StatusCodes.Status403Forbidden, fromLoopback.Response.StatusCode);
    }

    internal static Task<HttpContext> ScrapeAsync(WebAppFactory factory, IPAddress from) =>
        factory.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = "/metrics";
            c.Connection.RemoteIpAddress = from;
        });

    internal static async Task<string> ReadBodyAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Response.Body);
        return await reader.ReadToEndAsync();
    }
}
