using System.Net;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Controllers;

public sealed class MoviesControllerTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task Details_KnownId_ShowsOverviewPeopleAndSimilarFilms()
    {
        var response = await factory.CreateClient().GetAsync("/movies/949");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("A Los Angeles crime saga", html, StringComparison.Ordinal);
        Assert.Contains("/people?name=Michael%20Mann&amp;role=director", html, StringComparison.Ordinal);
        Assert.Contains("Similar films", html, StringComparison.Ordinal);
        Assert.Contains("More by Michael Mann", html, StringComparison.Ordinal);
        Assert.Contains("Regency Enterprises", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_UnknownId_ReturnsCustom404Page()
    {
        var response = await factory.CreateClient().GetAsync("/movies/424242");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Person_Director_ListsTheirFilms()
    {
        var response = await factory.CreateClient().GetAsync("/people?name=Michael%20Mann&role=director");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Collateral", html, StringComparison.Ordinal);
        Assert.Contains("directed by", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/people")]
    [InlineData("/people?name=x&role=producer")]
    [InlineData("/people?name=x&page=0")]
    [InlineData("/people?name=a%01b")]
    public async Task Person_InvalidParameters_Returns400(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
