using System.Net;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Extensions;

public sealed class RateLimitingExtensionsTests
{
    private static WebAppFactory TinyLimit() => new(new Dictionary<string, string?>
    {
        ["RateLimiting:PermitLimit"] = "2",
        ["RateLimiting:WindowSeconds"] = "3600",
    });

    [Theory]
    [InlineData("/api/search?q=heat")]
    [InlineData("/api/health")]
    [InlineData("/api/v1/recommendations?title=Heat")]
    public async Task Api_OverTheLimit_Returns429ProblemWithRetryAfter(string url)
    {
        using var factory = TinyLimit();
        var client = factory.CreateClient();
        await client.GetAsync(url);
        await client.GetAsync(url);

        var response = await client.GetAsync(url);

        var problem = await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.TooManyRequests);
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 3600);
        Assert.Equal("Too many requests", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Pages_OverTheApiLimit_AreNotLimited()
    {
        using var factory = TinyLimit();
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await client.GetAsync("/api/search?q=heat");
        }

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
