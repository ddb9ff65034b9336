using System.Net;
using Microsoft.AspNetCore.Http;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Extensions;

public sealed class RateLimitingExtensionsTests
{
    // 1,000 s into a one-hour window that started at a multiple of 3,600 s since the Unix epoch.
    private static readonly DateTimeOffset TenPastAlignedHour = DateTimeOffset.FromUnixTimeSeconds((500_000 * 3_600L) + 1_000);

    private static WebAppFactory TinyLimits(IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["RateLimiting:PermitLimit"] = "2",
            ["RateLimiting:WindowSeconds"] = "3600",
            ["RateLimiting:Policies:pages:PermitLimit"] = "4",
            ["RateLimiting:Policies:pages:WindowSeconds"] = "3600",
            ["RateLimiting:Policies:health:PermitLimit"] = "3",
            ["RateLimiting:Policies:health:WindowSeconds"] = "3600",
            ["RateLimiting:Policies:auth:PermitLimit"] = "1",
            ["RateLimiting:Policies:auth:WindowSeconds"] = "3600",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return new WebAppFactory(settings, new FixedClock(TenPastAlignedHour));
    }

    [Theory]
    [InlineData("/api/search?q=heat", 2)]
    [InlineData("/api/v1/recommendations?title=Heat", 2)]
    [InlineData("/api/health", 3)]
    [InlineData("/api/v1/health", 3)]
    [InlineData("/api/v1/model/status", 3)]
    public async Task Api_OverItsPolicyLimit_Returns429ProblemWithRetryAfterUntilWindowEnd(string url, int limit)
    {
        using var factory = TinyLimits();
        var client = factory.CreateClient();
        for (var i = 0; i < limit; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.GetAsync(url)).StatusCode);
        }

        var response = await client.GetAsync(url);

        var problem = await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.TooManyRequests);
        Assert.Equal(TimeSpan.FromSeconds(3_600 - 1_000), response.Headers.RetryAfter?.Delta);
        Assert.Equal(2_600, problem.GetProperty("retryAfterSeconds").GetInt32());
        Assert.Equal("Too many requests", problem.GetProperty("title").GetString());
        Assert.Contains($"At most {limit} ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_AfterTheApiBucketIsSpent_StillAnswers()
    {
        using var factory = TinyLimits(new Dictionary<string, string?> { ["RateLimiting:Policies:health:PermitLimit"] = "600" });
        var client = factory.CreateClient();
        for (var i = 0; i < 60; i++)
        {
            await client.GetAsync("/api/search?q=heat");
        }

        var health = await client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/api/search?q=heat")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Pages_OverTheApiLimit_AreNotLimited()
    {
        using var factory = TinyLimits();
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await client.GetAsync("/api/search?q=heat");
        }

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?title=Heat")]
    [InlineData("/top-rated")]
    [InlineData("/movies/949")]
    public async Task Pages_OverThePagesLimit_Return429FriendlyPageWithRetryAfter(string url)
    {
        using var factory = TinyLimits();
        var client = factory.CreateClient();
        for (var i = 0; i < 4; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.GetAsync(url)).StatusCode);
        }

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Slow down", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(2_600), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Pages_DiversifiedRecommendations_CostMorePermits()
    {
        using var factory = TinyLimits();
        var client = factory.CreateClient();

        var first = await client.GetAsync("/?title=Heat&diversity=0.9");
        var second = await client.GetAsync("/?title=Heat&diversity=0.9&unused=1");
        var third = await client.GetAsync("/?title=Heat&diversity=0.9&unused=2");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
    }

    [Fact]
    public async Task Pages_DeepDiversifiedPage_CostsItsWholeBucket()
    {
        using var factory = TinyLimits();
        var client = factory.CreateClient();

        var deep = await client.GetAsync("/?title=Heat&diversity=0.5&page=25");
        var next = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, deep.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, next.StatusCode);
    }

    [Fact]
    public async Task AdminLogin_OverTheAuthLimit_Returns429()
    {
        using var factory = TinyLimits(new Dictionary<string, string?>
        {
            ["Admin:Enabled"] = "true",
            ["Admin:ApiKey"] = WebAppFactory.AdminKey,
        });
        var client = factory.CreateClient();
        var token = await AdminForms.AntiforgeryTokenAsync(client);

        await client.PostAsync("/admin/login", AdminForms.Login(token, "wrong-key-1"));
        var response = await client.PostAsync("/admin/login", AdminForms.Login(token, "wrong-key-2"));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
    }

    [Fact]
    public async Task Disabled_FarOverEveryLimit_NothingIsRefused()
    {
        using var factory = TinyLimits(new Dictionary<string, string?> { ["RateLimiting:Enabled"] = "false" });
        var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 10; i++)
        {
            statuses.Add((await client.GetAsync("/api/search?q=heat")).StatusCode);
            statuses.Add((await client.GetAsync("/api/health")).StatusCode);
            statuses.Add((await client.GetAsync("/?title=Heat&diversity=0.9")).StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses);
    }

    [Fact]
    public async Task Api_DifferentClientAddresses_HaveSeparateBuckets()
    {
        using var factory = TinyLimits();
        _ = factory.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            await ClientRequests.SendAsync(factory, "/api/search?q=heat", "198.51.100.7");
        }

        var sameClient = await ClientRequests.SendAsync(factory, "/api/search?q=heat", "198.51.100.7");
        var otherClient = await ClientRequests.SendAsync(factory, "/api/search?q=heat", "198.51.100.8");

        Assert.Equal(StatusCodes.Status429TooManyRequests, sameClient.Response.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, otherClient.Response.StatusCode);
    }

    [Fact]
    public async Task Api_AddressesInOneIpv6Slash64_ShareABucket()
    {
        using var factory = TinyLimits();
        _ = factory.CreateClient();
        await ClientRequests.SendAsync(factory, "/api/search?q=heat", "2001:db8:1:2::1");
        await ClientRequests.SendAsync(factory, "/api/search?q=heat", "2001:db8:1:2::2");

        var sameNetwork = await ClientRequests.SendAsync(factory, "/api/search?q=heat", "2001:db8:1:2:ffff::3");
        var otherNetwork = await ClientRequests.SendAsync(factory, "/api/search?q=heat", "2001:db8:1:3::1");

        Assert.Equal(StatusCodes.Status429TooManyRequests, sameNetwork.Response.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, otherNetwork.Response.StatusCode);
    }
}
