using System.Net;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Health;

/// <summary>GET /api/health/live and /api/health/ready (ASP.NET Core health checks).</summary>
public sealed class HealthProbeTests
{
    [Fact]
    public async Task Live_ModelStillLoading_Returns200()
    {
        // Arrange: liveness must not depend on the model, or a slow load would get the process restarted.
        using var factory = new WebAppFactory();
        factory.Recommender.IsReady = false;
        var client = factory.CreateClient();

        // Act
        var response = await client.GetAsync("/api/health/live");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await HttpAssertions.JsonAsync(response);
        Assert.Equal("healthy", json.GetProperty("status").GetString());
        Assert.Equal("self", json.GetProperty("checks")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Ready_ModelLoaded_Returns200WithModelCheck()
    {
        // Arrange
        using var factory = new WebAppFactory();
        var client = factory.CreateClient();
        factory.LoadState.MarkReady("test-v1", 4, DateTimeOffset.UtcNow);

        // Act
        var response = await client.GetAsync("/api/health/ready");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await HttpAssertions.JsonAsync(response);
        var model = json.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "model");
        Assert.Equal("healthy", model.GetProperty("status").GetString());
        Assert.Contains("test-v1", model.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_ModelLoading_Returns503()
    {
        // Arrange
        using var factory = new WebAppFactory();
        factory.Recommender.IsReady = false;
        var client = factory.CreateClient();
        factory.LoadState.ReportProgress(0.4, "Loading model");

        // Act
        var response = await client.GetAsync("/api/health/ready");

        // Assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var json = await HttpAssertions.JsonAsync(response);
        Assert.Equal("unhealthy", json.GetProperty("status").GetString());
        Assert.Contains("loading", json.GetProperty("checks")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_ReloadRejectedButModelServing_Returns200Degraded()
    {
        // Arrange
        using var factory = new WebAppFactory();
        var client = factory.CreateClient();
        factory.LoadState.MarkReady("test-v1", 4, DateTimeOffset.UtcNow);
        factory.LoadState.MarkDegraded("checksum mismatch in neighbours.bin");

        // Act
        var response = await client.GetAsync("/api/health/ready");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await HttpAssertions.JsonAsync(response);
        Assert.Equal("degraded", json.GetProperty("status").GetString());
    }
}
