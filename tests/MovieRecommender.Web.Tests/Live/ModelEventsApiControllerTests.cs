using System.Net;
using System.Text.Json;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Live;

public sealed class ModelEventsApiControllerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Events_Connected_StreamsUnbufferedStatusThenEachChange()
    {
        // Arrange
        using var factory = new WebAppFactory();
        factory.Recommender.IsReady = false;
        factory.LoadState.ReportProgress(0.25, "Loading model");
        var client = factory.CreateClient();
        using var timeout = new CancellationTokenSource(Patience);

        // Act
        using var response = await client.GetAsync("/api/v1/model/events", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var events = new ServerSentEventReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        using var first = JsonDocument.Parse(await events.NextDataAsync("status", timeout.Token));
        factory.LoadState.ReportProgress(0.5, "Loading model");
        using var second = JsonDocument.Parse(await events.NextDataAsync("status", timeout.Token));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no", Assert.Single(response.Headers.GetValues("X-Accel-Buffering")));
        Assert.Equal("loading", first.RootElement.GetProperty("state").GetString());
        Assert.Equal(25, first.RootElement.GetProperty("progress").GetInt32());
        Assert.False(first.RootElement.GetProperty("ready").GetBoolean());
        Assert.Equal(50, second.RootElement.GetProperty("progress").GetInt32());
    }

    [Fact]
    public async Task Events_NewModelVersionServed_SendsReloadEvent()
    {
        // Arrange
        using var factory = new WebAppFactory();
        factory.LoadState.MarkReady("v1", 10, DateTimeOffset.UnixEpoch);
        var client = factory.CreateClient();
        using var timeout = new CancellationTokenSource(Patience);
        using var response = await client.GetAsync("/api/v1/model/events", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var events = new ServerSentEventReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        await events.NextDataAsync("status", timeout.Token);

        // Act
        factory.LoadState.MarkReady("v2", 12, DateTimeOffset.UnixEpoch.AddDays(1));
        using var reload = JsonDocument.Parse(await events.NextDataAsync("reload", timeout.Token));

        // Assert
        Assert.Equal("v2", reload.RootElement.GetProperty("modelVersion").GetString());
        Assert.Equal("v1", reload.RootElement.GetProperty("previousVersion").GetString());
        Assert.Equal(12, reload.RootElement.GetProperty("movies").GetInt32());
    }

    [Fact]
    public async Task Events_ConnectionLimitReached_Returns503ProblemWithRetryAfter()
    {
        // Arrange
        using var factory = new WebAppFactory(new Dictionary<string, string?> { ["Live:MaxConnections"] = "1" });
        var client = factory.CreateClient();
        using var timeout = new CancellationTokenSource(Patience);
        using var open = await client.GetAsync("/api/v1/model/events", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var events = new ServerSentEventReader(await open.Content.ReadAsStreamAsync(timeout.Token));
        await events.NextDataAsync("status", timeout.Token);

        // Act
        using var refused = await client.GetAsync("/api/v1/model/events", HttpCompletionOption.ResponseHeadersRead, timeout.Token);

        // Assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(refused.Headers.RetryAfter);
        var problem = await HttpAssertions.JsonAsync(refused);
        Assert.Equal("urn:movierecommender:problem:live-unavailable", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Events_ClientDisconnects_FreesItsConnectionSlot()
    {
        // Arrange
        using var factory = new WebAppFactory(new Dictionary<string, string?> { ["Live:MaxConnections"] = "1" });
        var client = factory.CreateClient();
        using var timeout = new CancellationTokenSource(Patience);
        using (var first = await client.GetAsync("/api/v1/model/events", HttpCompletionOption.ResponseHeadersRead, timeout.Token))
        {
            using var events = new ServerSentEventReader(await first.Content.ReadAsStreamAsync(timeout.Token));
            await events.NextDataAsync("status", timeout.Token);
        }

        // Act: the slot is released once the server notices the disconnect.
        HttpStatusCode status;
        do
        {
            using var again = await client.GetAsync("/api/v1/model/events", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            status = again.StatusCode;
            if (status != HttpStatusCode.OK)
            {
                await Task.Delay(50, timeout.Token);
            }
        }
        while (status != HttpStatusCode.OK);

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
    }
}
