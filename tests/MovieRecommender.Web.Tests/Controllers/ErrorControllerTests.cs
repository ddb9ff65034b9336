using System.Net;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Controllers;

public sealed class ErrorControllerTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    [Theory]
    [InlineData(FakeRecommenderService.ArgumentFaultTitle, HttpStatusCode.BadRequest)]
    [InlineData(FakeRecommenderService.NotReadyFaultTitle, HttpStatusCode.ServiceUnavailable)]
    [InlineData(FakeRecommenderService.BugFaultTitle, HttpStatusCode.InternalServerError)]
    public async Task Error_EngineThrowsDuringApiCall_ReturnsMatchingProblem(string title, HttpStatusCode expected)
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/recommendations?title=" + title);

        var problem = await HttpAssertions.AssertProblemAsync(response, expected);
        Assert.DoesNotContain("simulated engine bug", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Error_EngineBugDuringPage_ShowsFriendlyErrorPage()
    {
        var response = await factory.CreateClient().GetAsync("/?title=" + FakeRecommenderService.BugFaultTitle);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Something went wrong", html, StringComparison.Ordinal);
        Assert.DoesNotContain("simulated engine bug", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_UnknownPage_ShowsCustom404()
    {
        var response = await factory.CreateClient().GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/error")]
    [InlineData("POST", "/error")]
    [InlineData("GET", "/status/500")]
    [InlineData("GET", "/status/200")]
    [InlineData("GET", "/status/404")]
    [InlineData("PUT", "/status/503")]
    public async Task ErrorRoutes_RequestedDirectly_Return404Page(string method, string url)
    {
        // Arrange
        using var request = new HttpRequestMessage(new HttpMethod(method), url);

        // Act
        var response = await factory.CreateClient().SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
