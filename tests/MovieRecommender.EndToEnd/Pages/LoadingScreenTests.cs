using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;
using MovieRecommender.EndToEnd.Infrastructure;

namespace MovieRecommender.EndToEnd.Pages;

/// <summary>
/// A first start with an empty model folder: pages show the loading screen with progress until the demo model is
/// trained and loaded, then the same URL turns into the normal page by itself. Uses its own, second app instance
/// (the shared one is already ready by the time tests run).
/// </summary>
[Collection(EndToEndSuite.Name)]
public sealed class LoadingScreenTests(BrowserFixture browser)
{
    private const string StatusPath = "/api/v1/model/status";

    // The app waits this long after training before loading the model (Model:ReloadDebounceMilliseconds, an existing
    // setting): it keeps the loading screen up long enough to be seen even on a fast machine.
    private const string LoadingHoldMilliseconds = "3000";

    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Home_ModelStillTraining_ShowsLoadingScreenThenHomePage()
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
        await using var session = await browser.NewSessionAsync(app.BaseAddress);
        var page = session.Page;
        var statuses = new ConcurrentQueue<string>();
        // Route the page's own status polls through the test to record what it saw, in order.
        await page.RouteAsync("**" + StatusPath + "*", async route =>
        {
            var response = await route.FetchAsync();
            statuses.Enqueue(await response.TextAsync());
            await route.FulfillAsync(new() { Response = response });
        });

        // Act
        var first = await page.GotoAsync("/");

        // Assert: first the loading screen...
        Assert.NotNull(first);
        Assert.Equal(503, first.Status);
        await Assertions.Expect(page.Locator("#loading-heading")).ToBeVisibleAsync();
        var progress = page.Locator("progress#loading-progress");
        await Assertions.Expect(progress).ToBeVisibleAsync();
        var initialProgress = int.Parse(await progress.GetAttributeAsync("value") ?? "-1", System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(initialProgress, 0, 99);
        await Assertions.Expect(page.Locator("[data-stage]")).Not.ToBeEmptyAsync();

        // ...then, without any user action, the normal home page at the same URL.
        await page.Locator("#search-form").WaitForAsync(new() { Timeout = (float)ReadyTimeout.TotalMilliseconds });
        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
        await Assertions.Expect(page.Locator("#loading-heading")).ToHaveCountAsync(0);
        Assert.NotEmpty(await ResultCards.TitlesAsync(page));

        // The page's own polling saw the model move from not ready to ready.
        var seen = statuses.Select(body => JsonDocument.Parse(body).RootElement).ToList();
        Assert.Contains(seen, s => !s.GetProperty("ready").GetBoolean());
        Assert.True(seen[^1].GetProperty("ready").GetBoolean(), $"last status: {seen[^1]}");
        Assert.Empty(session.PageErrors);
    }
}
