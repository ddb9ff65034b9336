using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Extensions;

/// <summary>HEAD answers wherever GET does: monitors and link checkers send it, and a 405 reads as a broken page.</summary>
public sealed class HeadRequestTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    [Fact]
    public void Endpoints_EveryGetRoute_AlsoAcceptsHead()
    {
        // Arrange
        _ = factory.Server;
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        bool Allows(RouteEndpoint e, string method) =>
            e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(method, StringComparer.OrdinalIgnoreCase) == true;

        // Act
        var withoutHead = endpoints
            .Where(e => Allows(e, HttpMethods.Get))
            .Select(e => e.RoutePattern.RawText)
            .Where(route => !endpoints.Any(e => e.RoutePattern.RawText == route && Allows(e, HttpMethods.Head)))
            .ToList();

        // Assert
        Assert.Contains(endpoints, e => Allows(e, HttpMethods.Get));
        Assert.Empty(withoutHead);
    }

    [Theory]
    [InlineData("/api/v1/search?q=he")]
    [InlineData("/api/v1/movies/949")]
    [InlineData("/api/v1/recommendations?title=Heat")]
    [InlineData("/api/v1/model/status")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/offline")]
    [InlineData("/people?name=Michael%20Mann")]
    public async Task Head_GetRoute_Returns200(string url)
    {
        // Arrange
        using var request = new HttpRequestMessage(HttpMethod.Head, url);

        // Act
        var response = await factory.CreateClient().SendAsync(request);

        // Assert
        // (Kestrel drops the body of a HEAD response; the in-memory test server does not, so only the status is checked.)
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Head_HealthDeclaredExplicitly_StillAnswersWithoutAmbiguity()
    {
        // Arrange
        using var request = new HttpRequestMessage(HttpMethod.Head, "/api/health");

        // Act
        var response = await factory.CreateClient().SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
