using System.Net;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Filters;

public sealed class RequiresModelFilterTests : IDisposable
{
    private readonly WebAppFactory _factory = new();

    public RequiresModelFilterTests() => _factory.Recommender.IsReady = false;

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("/api/search?q=heat")]
    [InlineData("/api/v1/search?q=heat")]
    [InlineData("/api/v1/recommendations?title=Heat")]
    [InlineData("/api/v1/recommendations.csv?title=Heat")]
    [InlineData("/api/v1/movies/949")]
    [InlineData("/api/v1/movies/top-rated")]
    public async Task Api_ModelLoading_Returns503ProblemWithRetryAfter(string url)
    {
        var response = await _factory.CreateClient().GetAsync(url);

        var problem = await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        Assert.Equal("urn:movierecommender:problem:model-loading", problem.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/top-rated")]
    [InlineData("/movies/949")]
    [InlineData("/people?name=Michael%20Mann")]
    public async Task Pages_ModelLoading_ShowTheLoadingScreen(string url)
    {
        var response = await _factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Getting the film library ready", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_ModelBecomesReady_ServesResults()
    {
        var client = _factory.CreateClient();
        await client.GetAsync("/api/search?q=heat");
        _factory.Recommender.IsReady = true;

        var response = await client.GetAsync("/api/search?q=heat");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
