using System.Net;
using Moq;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Apis;

public sealed class HealthApiControllerTests
{
    [Theory]
    [InlineData("/api/health")]
    [InlineData("/api/v1/health")]
    public async Task Health_ModelReady_Returns200Healthy(string url)
    {
        using var factory = new WebAppFactory();
        var client = factory.CreateClient();
        factory.LoadState.MarkReady("test-v1", 4, DateTimeOffset.UtcNow);
        await client.GetAsync("/api/v1/recommendations?title=Heat");
        await client.GetAsync("/api/v1/recommendations?title=heat");

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await HttpAssertions.JsonAsync(response);
        Assert.Equal("healthy", json.GetProperty("status").GetString());
        Assert.Equal("test-v1", json.GetProperty("modelVersion").GetString());
        Assert.Equal(4, json.GetProperty("movies").GetInt32());
        Assert.True(json.GetProperty("uptimeSeconds").GetInt64() >= 0);
        Assert.Equal(1, json.GetProperty("cache").GetProperty("hits").GetInt64());
        Assert.Equal(1, json.GetProperty("cache").GetProperty("misses").GetInt64());
        Assert.Equal("off", json.GetProperty("sharedState").GetProperty("redis").GetString());
        Assert.Equal("per-replica", json.GetProperty("sharedState").GetProperty("rateLimits").GetString());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("replica").GetString()));
    }

    [Theory]
    [InlineData("demo")]
    [InlineData("trained")]
    public async Task Health_ModelServed_SaysWhichCatalog(string catalog)
    {
        using var factory = new WebAppFactory();
        var client = factory.CreateClient();
        factory.LoadState.MarkReady("test-v1", 4, DateTimeOffset.UtcNow, catalog);

        var health = await HttpAssertions.JsonAsync(await client.GetAsync("/api/health"));
        var status = await HttpAssertions.JsonAsync(await client.GetAsync("/api/v1/model/status"));

        Assert.Equal(catalog, health.GetProperty("catalog").GetString());
        Assert.Equal(catalog, status.GetProperty("catalog").GetString());
    }

    [Fact]
    public async Task Health_ModelFolderEmptiedWhileServing_StaysUpButSaysSo()
    {
        using var factory = new WebAppFactory();
        factory.ModelReader.Setup(r => r.ModelExists(It.IsAny<string>())).Returns(false);
        var client = factory.CreateClient();
        factory.LoadState.MarkReady("test-v1", 4, DateTimeOffset.UtcNow);

        var response = await client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await HttpAssertions.JsonAsync(response);
        Assert.Equal("healthy", json.GetProperty("status").GetString());
        Assert.Equal("degraded", json.GetProperty("state").GetString());
        Assert.Contains("no longer holds a model", json.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_ModelReady_HasNoReason()
    {
        using var factory = new WebAppFactory();
        var client = factory.CreateClient();
        factory.LoadState.MarkReady("test-v1", 4, DateTimeOffset.UtcNow);

        var json = await HttpAssertions.JsonAsync(await client.GetAsync("/api/health"));

        Assert.Equal("ready", json.GetProperty("state").GetString());
        Assert.False(json.TryGetProperty("reason", out var reason) && reason.ValueKind != System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task Health_Loading_Returns503WithProgress()
    {
        using var factory = new WebAppFactory();
        factory.Recommender.IsReady = false;
        var client = factory.CreateClient();
        factory.LoadState.ReportProgress(0.42, "Loading model");

        var response = await client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        var json = await HttpAssertions.JsonAsync(response);
        Assert.Equal("loading", json.GetProperty("status").GetString());
        Assert.Equal(42, json.GetProperty("progress").GetInt32());
    }

    [Fact]
    public async Task Health_LoadFailed_Returns503UnhealthyWithReason()
    {
        using var factory = new WebAppFactory();
        factory.Recommender.IsReady = false;
        var client = factory.CreateClient();
        factory.LoadState.MarkFailed("manifest.json: checksum mismatch");

        var response = await client.GetAsync("/api/v1/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var json = await HttpAssertions.JsonAsync(response);
        Assert.Equal("unhealthy", json.GetProperty("status").GetString());
        Assert.Equal("manifest.json: checksum mismatch", json.GetProperty("reason").GetString());
    }
}
