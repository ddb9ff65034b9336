using System.Net;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Apis;

public sealed class ModelStatusApiControllerTests
{
    [Fact]
    public async Task Status_Loading_ReportsStateProgressAndStage()
    {
        using var factory = new WebAppFactory();
        factory.Recommender.IsReady = false;
        var client = factory.CreateClient();
        factory.LoadState.ReportProgress(0.25, "Training the demo model: Vectorize");

        var response = await client.GetAsync("/api/v1/model/status");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await HttpAssertions.JsonAsync(response);
        Assert.Equal("loading", json.GetProperty("state").GetString());
        Assert.Equal(25, json.GetProperty("progress").GetInt32());
        Assert.Equal("Training the demo model: Vectorize", json.GetProperty("stage").GetString());
        Assert.False(json.GetProperty("ready").GetBoolean());
    }

    [Fact]
    public async Task Status_Ready_ReportsVersionAndMovies()
    {
        using var factory = new WebAppFactory();
        var client = factory.CreateClient();
        factory.LoadState.MarkReady("v2", 4, DateTimeOffset.UnixEpoch);

        var json = await HttpAssertions.JsonAsync(await client.GetAsync("/api/v1/model/status"));

        Assert.Equal("ready", json.GetProperty("state").GetString());
        Assert.Equal("v2", json.GetProperty("modelVersion").GetString());
        Assert.Equal(4, json.GetProperty("movies").GetInt32());
        Assert.True(json.TryGetProperty("loadedAt", out _));
    }
}
