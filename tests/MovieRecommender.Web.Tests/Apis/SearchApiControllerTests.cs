using System.Net;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Apis;

public sealed class SearchApiControllerTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    [Theory]
    [InlineData("/api/search?q=heat")]
    [InlineData("/api/v1/search?q=heat&limit=5")]
    public async Task Search_KnownPrefix_ReturnsRankedResults(string url)
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await HttpAssertions.JsonAsync(response);
        Assert.Equal("heat", json.GetProperty("query").GetString());
        Assert.Equal(1, json.GetProperty("count").GetInt32());
        var first = json.GetProperty("results")[0];
        Assert.Equal(949, first.GetProperty("id").GetInt32());
        Assert.Equal(1995, first.GetProperty("year").GetInt32());
        Assert.StartsWith("https://image.tmdb.org/t/p/w342/", first.GetProperty("posterUrl").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/search", "q")]
    [InlineData("/api/search?q=%20a%20", "q")]
    [InlineData("/api/search?q=heat&limit=0", "limit")]
    [InlineData("/api/search?q=heat&limit=51", "limit")]
    [InlineData("/api/search?q=heat&limit=abc", "limit")]
    [InlineData("/api/search?q=heat&limit=99999999999999999999", "limit")]
    public async Task Search_InvalidParameter_Returns400NamingIt(string url, string parameter)
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync(url);

        var problem = await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), $"errors should name '{parameter}'");
    }
}
