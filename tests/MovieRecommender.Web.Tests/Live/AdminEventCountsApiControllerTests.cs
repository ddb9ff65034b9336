using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Live;

/// <summary>The analytics page's live event counts: a server-sent event stream and its polling twin, admin only.</summary>
public sealed class AdminEventCountsApiControllerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Live_AdminKey_StreamsUnbufferedCountsOfThisServer()
    {
        // Arrange: two impressions and a click accepted (the writer is off: they stay queued).
        using var factory = new WebAppFactory(new Dictionary<string, string?> { ["Admin:Enabled"] = "true", ["Admin:ApiKey"] = WebAppFactory.AdminKey })
        {
            RunEventWriter = false,
        };
        var client = factory.CreateClient();
        (await client.PostAsJsonAsync("/api/v1/events", new object[]
        {
            new { type = "impression", movieId = 949, list = "top-rated" },
            new { type = "impression", movieId = 1538, list = "top-rated" },
            new { type = "click", movieId = 949, list = "top-rated" },
        })).EnsureSuccessStatusCode();
        using var timeout = new CancellationTokenSource(Patience);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/admin/events/live");
        request.Headers.Add("X-Admin-Key", WebAppFactory.AdminKey);

        // Act
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var events = new ServerSentEventReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        using var first = JsonDocument.Parse(await events.NextDataAsync("counts", timeout.Token));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no", Assert.Single(response.Headers.GetValues("X-Accel-Buffering")));
        Assert.Equal(2, first.RootElement.GetProperty("impressions").GetInt64());
        Assert.Equal(1, first.RootElement.GetProperty("clicks").GetInt64());
        Assert.Equal(0, first.RootElement.GetProperty("dropped").GetInt64());
        Assert.Equal(3, first.RootElement.GetProperty("queued").GetInt32());
    }

    [Fact]
    public async Task Counts_AdminKey_SameCountsAsJson()
    {
        // Arrange
        using var factory = WebAppFactory.WithAdmin(enabled: true);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Admin-Key", WebAppFactory.AdminKey);

        // Act
        using var response = await client.GetAsync("/api/v1/admin/events/counts");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(0, body.RootElement.GetProperty("clicks").GetInt64());
    }

    [Theory]
    [InlineData("/api/v1/admin/events/live", null)]
    [InlineData("/api/v1/admin/events/live", "wrong-key")]
    [InlineData("/api/v1/admin/events/counts", null)]
    [InlineData("/api/v1/admin/events/counts", "wrong-key")]
    public async Task LiveAndCounts_NotAdmin_401(string path, string? key)
    {
        // Arrange: a visitor without the admin key or cookie (a signed-out browser's EventSource gets 401, not the sign-in page).
        using var factory = WebAppFactory.WithAdmin(enabled: true);
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null)
        {
            request.Headers.Add("X-Admin-Key", key);
        }

        // Act
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Live_ConnectionLimitReached_Returns503ProblemPointingAtThePollingEndpoint()
    {
        // Arrange: the one slot is taken by an open stream.
        using var factory = new WebAppFactory(new Dictionary<string, string?>
        {
            ["Admin:Enabled"] = "true",
            ["Admin:ApiKey"] = WebAppFactory.AdminKey,
            ["Live:MaxConnections"] = "1",
        });
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Admin-Key", WebAppFactory.AdminKey);
        using var timeout = new CancellationTokenSource(Patience);
        using var open = await client.GetAsync("/api/v1/admin/events/live", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var events = new ServerSentEventReader(await open.Content.ReadAsStreamAsync(timeout.Token));
        await events.NextDataAsync("counts", timeout.Token);

        // Act
        using var refused = await client.GetAsync("/api/v1/admin/events/live", HttpCompletionOption.ResponseHeadersRead, timeout.Token);

        // Assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        var problem = await HttpAssertions.JsonAsync(refused);
        Assert.Equal("urn:movierecommender:problem:live-unavailable", problem.GetProperty("type").GetString());
        Assert.Contains("/api/v1/admin/events/counts", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
