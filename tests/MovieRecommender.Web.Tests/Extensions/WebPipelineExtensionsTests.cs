using System.Net;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Extensions;

public sealed class WebPipelineExtensionsTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task MapOpenApi_Document_DescribesThePublicEndpoints()
    {
        var response = await factory.CreateClient().GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();
        Assert.Contains("/api/v1/recommendations", json, StringComparison.Ordinal);
        Assert.Contains("/api/search", json, StringComparison.Ordinal);
        Assert.Contains("/api/v1/model/status", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScalarUi_Development_IsServedWithItsOwnCsp()
    {
        var response = await factory.CreateClient().GetAsync("/scalar/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("'unsafe-inline'", string.Join(' ', response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaticAssets_ThemeScript_IsServed()
    {
        var response = await factory.CreateClient().GetAsync("/js/theme.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Cors_NoOriginsConfigured_SendsNoCorsHeaders()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/health");
        request.Headers.Add("Origin", "https://elsewhere.example");

        var response = await factory.CreateClient().SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Cors_ConfiguredOrigin_IsAllowedOthersAreNot()
    {
        using var corsFactory = new WebAppFactory(new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = "https://friend.example" });
        var client = corsFactory.CreateClient();
        using var allowed = new HttpRequestMessage(HttpMethod.Get, "/api/health");
        allowed.Headers.Add("Origin", "https://friend.example");
        using var denied = new HttpRequestMessage(HttpMethod.Get, "/api/health");
        denied.Headers.Add("Origin", "https://stranger.example");

        var allowedResponse = await client.SendAsync(allowed);
        var deniedResponse = await client.SendAsync(denied);

        Assert.Equal("https://friend.example", allowedResponse.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(deniedResponse.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
