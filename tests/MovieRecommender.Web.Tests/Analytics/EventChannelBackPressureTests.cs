using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using MovieRecommender.Web.Analytics;
using MovieRecommender.Web.Tests.Infrastructure;
using MovieRecommender.Web.Tests.Observability;

namespace MovieRecommender.Web.Tests.Analytics;

/// <summary>When the database writer cannot keep up, events are dropped and counted; requests still get 202 at once.</summary>
[Collection(ProcessWideMetricsDefinition.Name)]
public sealed class EventChannelBackPressureTests
{
    private const int Capacity = 100;

    [Fact]
    public async Task Post_QueueFull_Returns202DropsAndCountsTheOverflow()
    {
        // Arrange: a writer that is not running, so nothing drains the queue.
        using var factory = new WebAppFactory(new Dictionary<string, string?> { ["Analytics:QueueCapacity"] = Capacity.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            RunEventWriter = false,
        };
        var client = factory.CreateClient();
        var batch = Enumerable.Range(1, 60).Select(i => new { type = "impression", movieId = i, list = "top-rated" }).ToList();

        // Act
        var first = await client.PostAsJsonAsync("/api/v1/events", batch);
        var second = await client.PostAsJsonAsync("/api/v1/events", batch);
        var third = await client.PostAsJsonAsync("/api/v1/events", batch);

        // Assert
        Assert.All([first, second, third], r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        Assert.Equal(Capacity, factory.Services.GetRequiredService<EventChannel>().Count);
        var scrape = await MetricsEndpointTests.ScrapeAsync(factory, System.Net.IPAddress.Loopback);
        var samples = await PrometheusTextParser.ParseAsync(await MetricsEndpointTests.ReadBodyAsync(scrape));
        Assert.Equal(Capacity, samples.Where(s => s.Name == "movierec_events_accepted_total").Sum(s => s.Value));
        Assert.Equal(Capacity, samples.Single(s => s.Name == "movierec_events_accepted_total" && s.Labels["type"] == "impression" && s.Labels["list"] == "top-rated").Value);
        Assert.Equal(80, samples.Single(s => s.Name == "movierec_events_dropped_total" && s.Labels["reason"] == "queue_full").Value);
    }

    [Fact]
    public async Task Writer_QueueFilledWhileStopped_DrainsEverythingInBatches()
    {
        // Arrange
        using var factory = new WebAppFactory(new Dictionary<string, string?> { ["Analytics:BatchSize"] = "7" });
        var client = factory.CreateClient();
        var batch = Enumerable.Range(1, 100).Select(i => new { type = "impression", movieId = i, list = "similar" }).ToList();

        // Act
        for (var i = 0; i < 3; i++)
        {
            (await client.PostAsJsonAsync("/api/v1/events", batch)).EnsureSuccessStatusCode();
        }

        // Assert
        var stored = await factory.WaitForEventsAsync(300);
        Assert.Equal(300, stored.Count);
    }
}
