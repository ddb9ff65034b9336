using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MovieRecommender.Web.Services;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Apis;

public sealed class AdminApiControllerTests
{
    [Fact]
    public async Task Reload_AdminDisabled_Returns404Problem()
    {
        using var factory = WebAppFactory.WithAdmin(enabled: false);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Admin-Key", WebAppFactory.AdminKey);

        var response = await client.PostAsync("/api/v1/admin/reload", null);

        await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Reload_NoKey_Returns401Problem()
    {
        using var factory = WebAppFactory.WithAdmin(enabled: true);

        var response = await factory.CreateClient().PostAsync("/api/v1/admin/reload", null);

        await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Reload_WithKey_Returns202AndRequestsReload()
    {
        using var factory = WebAppFactory.WithAdmin(enabled: true);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Admin-Key", WebAppFactory.AdminKey);

        var response = await client.PostAsync("/api/v1/admin/reload", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var trigger = factory.Services.GetRequiredService<ModelReloadTrigger>();
        Assert.Equal("admin API", await trigger.WaitAsync(TimeSpan.FromSeconds(1), CancellationToken.None));
    }

    [Fact]
    public async Task Stats_WithKey_ReportsCacheAndTopRequested()
    {
        using var factory = WebAppFactory.WithAdmin(enabled: true);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Admin-Key", WebAppFactory.AdminKey);
        await client.GetAsync("/api/v1/recommendations?title=Heat");
        await client.GetAsync("/api/v1/recommendations?title=Heat");

        var json = await HttpAssertions.JsonAsync(await client.GetAsync("/api/v1/admin/stats"));

        Assert.Equal(1, json.GetProperty("cache").GetProperty("hits").GetInt64());
        Assert.Equal(1, json.GetProperty("cache").GetProperty("misses").GetInt64());
        Assert.Equal("Heat", json.GetProperty("topRequested")[0].GetProperty("title").GetString());
    }
}
