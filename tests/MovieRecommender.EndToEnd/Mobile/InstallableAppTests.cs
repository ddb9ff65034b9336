using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using MovieRecommender.EndToEnd.Infrastructure;

namespace MovieRecommender.EndToEnd.Mobile;

/// <summary>
/// The site installs as an app (manifest, icons, a service worker that Chromium accepts) and, once visited, a
/// navigation without a network shows the offline page instead of the browser's error.
/// </summary>
[Collection(EndToEndSuite.Name)]
public sealed class InstallableAppTests(WebAppFixture app, BrowserFixture browser)
{
    // Every Playwright context is an off-the-record profile, where Chromium never offers installation: that one
    // error says nothing about the site.
    private const string IncognitoErrorId = "in-incognito";

    /// <summary>True once the worker has stored the language site.js tells it (the message is asynchronous).</summary>
    private const string WaitForSavedLanguageScript = """
        async () => {
          for (let i = 0; i < 100; i++) {
            for (const key of await caches.keys()) {
              if (await (await caches.open(key)).match('/offline-language')) return true;
            }
            await new Promise(resolve => setTimeout(resolve, 100));
          }
          return false;
        }
        """;

    [Fact]
    public async Task Home_Visited_ChromiumReportsNoInstallabilityErrors()
    {
        // Arrange
        await using var session = await browser.NewSessionAsync(app.BaseAddress, WithServiceWorker);
        var page = session.Page;
        await page.GotoAsync("/");
        await WaitForServiceWorkerAsync(page);
        var cdp = await session.Context.NewCDPSessionAsync(page);

        // Act: the same check Chromium runs before it offers "Install app".
        var result = await cdp.SendAsync("Page.getInstallabilityErrors");

        // Assert
        Assert.NotNull(result);
        var errors = result.Value.GetProperty("installabilityErrors").EnumerateArray()
            .Select(e => e.GetProperty("errorId").GetString())
            .Where(id => id != IncognitoErrorId)
            .ToList();
        Assert.True(errors.Count == 0, $"installability errors: {string.Join(", ", errors)}");
    }

    [Fact]
    public async Task Manifest_Fetched_HasNameStartUrlAndIconsThatLoad()
    {
        // Act
        using var response = await app.Client.GetAsync("/manifest.webmanifest");
        using var manifest = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = manifest.RootElement;

        // Assert
        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("application/manifest+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("MovieRecommender", root.GetProperty("name").GetString());
        Assert.Equal("/", root.GetProperty("start_url").GetString());
        Assert.Equal("standalone", root.GetProperty("display").GetString());
        var sizes = new List<string>();
        foreach (var icon in root.GetProperty("icons").EnumerateArray())
        {
            using var image = await app.Client.GetAsync(icon.GetProperty("src").GetString());
            Assert.True(image.IsSuccessStatusCode, $"{icon.GetProperty("src")} answered {(int)image.StatusCode}");
            sizes.Add(icon.GetProperty("sizes").GetString() ?? string.Empty);
        }

        Assert.Contains("192x192", sizes);
        Assert.Contains("512x512", sizes);
    }

    [Fact]
    public async Task Navigation_NetworkGone_ShowsOfflinePageThenRecovers()
    {
        // Arrange: one online visit installs the worker and its shell.
        await using var session = await browser.NewSessionAsync(app.BaseAddress, WithServiceWorker);
        var page = session.Page;
        await page.GotoAsync("/");
        await WaitForServiceWorkerAsync(page);

        // Act
        await session.Context.SetOfflineAsync(true);
        await page.GotoAsync("/top-rated");

        // Assert: the offline page, styled (its stylesheet came from the cache), and accessible.
        await Assertions.Expect(page.Locator("#offline-heading")).ToBeVisibleAsync();
        var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.btn-primary')).backgroundColor");
        Assert.NotEqual("rgba(0, 0, 0, 0)", background);
        var axe = await page.RunAxe();
        Assert.DoesNotContain(axe.Violations, v => v.Impact is "serious" or "critical");

        // Back online, "Try again" loads the page the user wanted.
        await session.Context.SetOfflineAsync(false);
        await page.Locator("[data-reload]").TapAsync();
        await Assertions.Expect(page.Locator("h1")).Not.ToHaveTextAsync("You are offline");
        Assert.EndsWith("/top-rated", page.Url, StringComparison.Ordinal);
        Assert.Empty(session.PageErrors);
    }

    [Fact]
    public async Task Navigation_NetworkGoneAfterSpanishPage_ShowsSpanishOfflinePage()
    {
        // Arrange: the visitor reads Spanish (chosen on the page, the browser itself asks for English).
        await using var session = await browser.NewSessionAsync(app.BaseAddress, WithServiceWorker);
        var page = session.Page;
        await page.GotoAsync("/?culture=es");
        await WaitForServiceWorkerAsync(page);
        Assert.True(await page.EvaluateAsync<bool>(WaitForSavedLanguageScript), "the worker never stored the page's language");

        // Act
        await session.Context.SetOfflineAsync(true);
        await page.GotoAsync("/top-rated");

        // Assert
        await Assertions.Expect(page.Locator("#offline-heading")).ToHaveTextAsync("No tienes conexión");
        Assert.Equal("es", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Empty(session.PageErrors);
    }

    [Fact]
    public async Task ServiceWorker_Fetched_IsScriptThatIsNeverCached()
    {
        // Act
        using var response = await app.Client.GetAsync("/sw.js");
        var body = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Matches("^var SHELL_VERSION = '[0-9a-f]{12}';", body);
    }

    private static void WithServiceWorker(BrowserNewContextOptions options)
    {
        PhoneViewport.Apply(options);
        options.ServiceWorkers = ServiceWorkerPolicy.Allow;
    }

    /// <summary>Resolves once the worker has installed its shell and is active.</summary>
    private static async Task WaitForServiceWorkerAsync(IPage page) =>
        await page.EvaluateAsync("async () => (await navigator.serviceWorker.ready).active.state");
}
