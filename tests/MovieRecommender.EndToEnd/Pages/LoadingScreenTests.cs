using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using MovieRecommender.EndToEnd.Infrastructure;

namespace MovieRecommender.EndToEnd.Pages;

/// <summary>
/// A first start with an empty model folder: pages show the loading screen with live progress (server-sent events,
/// or polling when the stream cannot be opened) until the demo model is trained and loaded, then the same URL turns
/// into the normal page by itself. Uses its own, second app instance
/// (the shared one is already ready by the time tests run).
/// </summary>
[Collection(EndToEndSuite.Name)]
public sealed class LoadingScreenTests(BrowserFixture browser)
{
    private const string StatusPath = "/api/v1/model/status";
    private const string EventsPath = "/api/v1/model/events";

    // Reports every streamed status event to the test (an exposed function survives the page's own reload).
    private const string RecordStreamedStatusScript = """
        (() => {
          const Native = window.EventSource;
          if (!Native) return;
          window.EventSource = class extends Native {
            constructor(url, options) {
              super(url, options);
              this.addEventListener('status', e => window.__recordLiveStatus(e.data));
            }
          };
        })();
        """;

    // The app waits this long after training before loading the model (Model:ReloadDebounceMilliseconds, an existing
    // setting): it keeps the loading screen up long enough for both pages to see it, even on a busy machine where the
    // app's first requests (authentication, data-protection key ring) and the browser start are slow.
    private const string LoadingHoldMilliseconds = "15000";

    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Home_ModelStillTraining_ShowsLiveProgressThenHomePage()
    {
        // Arrange: a second app that has to train first; start-up returns at its first "loading" answer.
        await using var app = await WebAppProcess.StartAsync(new WebAppOptions
        {
            WaitUntilHealthy = false,
            Settings = new Dictionary<string, string>
            {
                ["Model__ReloadDebounceMilliseconds"] = LoadingHoldMilliseconds,
                ["RateLimiting__Enabled"] = "false",
            },
        });
        // Page "live" gets the event stream (and runs the service worker, as a visitor's browser would); page
        // "fallback" cannot open the stream and has to poll.
        await using var live = await browser.NewSessionAsync(app.BaseAddress, o => o.ServiceWorkers = ServiceWorkerPolicy.Allow);
        await using var fallback = await browser.NewSessionAsync(app.BaseAddress);
        var streamed = new ConcurrentQueue<string>();
        var livePolls = 0;
        await live.Page.ExposeFunctionAsync("__recordLiveStatus", (string data) => streamed.Enqueue(data));
        await live.Page.AddInitScriptAsync(RecordStreamedStatusScript);
        live.Page.Request += (_, request) =>
        {
            if (request.Url.Contains(StatusPath, StringComparison.Ordinal))
            {
                Interlocked.Increment(ref livePolls);
            }
        };
        var polled = new ConcurrentQueue<string>();
        await fallback.Page.RouteAsync("**" + EventsPath + "*", route => route.AbortAsync());
        await fallback.Page.RouteAsync("**" + StatusPath + "*", async route =>
        {
            var response = await route.FetchAsync();
            polled.Enqueue(await response.TextAsync());
            await route.FulfillAsync(new() { Response = response });
        });

        // Act: both pages open while the model is still loading.
        var first = await live.Page.GotoAsync("/");
        await fallback.Page.GotoAsync("/");

        // Assert: first the loading screen...
        Assert.NotNull(first);
        Assert.Equal(503, first.Status);
        await Assertions.Expect(live.Page.Locator("#loading-heading")).ToBeVisibleAsync();
        var progress = live.Page.Locator("progress#loading-progress");
        await Assertions.Expect(progress).ToBeVisibleAsync();
        var initialProgress = int.Parse(await progress.GetAttributeAsync("value") ?? "-1", CultureInfo.InvariantCulture);
        Assert.InRange(initialProgress, 0, 99);
        await Assertions.Expect(live.Page.Locator("[data-stage]")).Not.ToBeEmptyAsync();
        await Assertions.Expect(fallback.Page.Locator("[data-loading]")).ToHaveAttributeAsync("data-transport", "polling");

        // ...then, without any user action, the normal home page at the same URL, on both pages.
        foreach (var page in new[] { live.Page, fallback.Page })
        {
            await page.Locator("#search-form").WaitForAsync(new() { Timeout = (float)ReadyTimeout.TotalMilliseconds });
            Assert.Equal("/", new Uri(page.Url).AbsolutePath);
            await Assertions.Expect(page.Locator("#loading-heading")).ToHaveCountAsync(0);
            Assert.NotEmpty(await ResultCards.TitlesAsync(page));
        }

        // The live page followed the load through the event stream alone, never polling.
        var seen = streamed.Select(body => JsonDocument.Parse(body).RootElement).ToList();
        Assert.Contains(seen, s => !s.GetProperty("ready").GetBoolean());
        Assert.True(seen[^1].GetProperty("ready").GetBoolean(), $"last streamed status: {seen[^1]}");
        Assert.Equal(0, livePolls);
        // The page without a stream polled its way from not ready to ready.
        var polledStatuses = polled.Select(body => JsonDocument.Parse(body).RootElement).ToList();
        Assert.True(polledStatuses[^1].GetProperty("ready").GetBoolean(), $"last polled status: {polledStatuses[^1]}");
        Assert.Empty(live.PageErrors);
        Assert.Empty(fallback.PageErrors);
    }
}
