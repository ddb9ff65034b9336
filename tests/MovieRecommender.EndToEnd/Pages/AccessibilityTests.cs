using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using MovieRecommender.EndToEnd.Infrastructure;
using Xunit.Abstractions;

namespace MovieRecommender.EndToEnd.Pages;

/// <summary>axe-core (WCAG 2.x A/AA and best-practice rules) finds no serious or critical violation on the main pages, in both themes.</summary>
[Collection(EndToEndSuite.Name)]
public sealed class AccessibilityTests(WebAppFixture app, BrowserFixture browser, ITestOutputHelper output)
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    public static TheoryData<string, string> PagesAndThemes()
    {
        var data = new TheoryData<string, string>();
        foreach (var theme in new[] { "light", "dark" })
        {
            data.Add("/", theme);
            data.Add("/?title=Heat", theme);
            data.Add("/movies/155", theme);
            data.Add("/top-rated", theme);
            data.Add("/?title=Heat&genres=Crime&minYear=1990&page=2", theme);
            data.Add("/?title=Nosuchfilmatall", theme);
            data.Add("/preferences/services?region=GB", theme);
            data.Add("/offline", theme);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAndThemes))]
    public async Task Page_AxeScan_NoSeriousOrCriticalViolations(string path, string theme)
    {
        // Arrange: the theme comes from the OS preference, exactly as a first visit would get it.
        var scheme = theme == "dark" ? ColorScheme.Dark : ColorScheme.Light;
        await using var session = await browser.NewSessionAsync(app.BaseAddress, o => o.ColorScheme = scheme);
        var page = session.Page;
        await page.GotoAsync(path);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", theme);
        // Open the filters so their controls are scanned too.
        var filters = page.Locator("details.filters:not([open]) > summary");
        if (await filters.CountAsync() > 0)
        {
            await filters.ClickAsync();
        }

        // Act
        var result = await page.RunAxe();

        // Assert
        foreach (var violation in result.Violations)
        {
            output.WriteLine($"{violation.Impact} {violation.Id}: {violation.Help} ({violation.Nodes.Length} nodes)");
        }

        var blocking = result.Violations.Where(v => BlockingImpacts.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, Describe(path, theme, blocking));
        Assert.True(result.Passes.Length > 0, "axe ran no rules at all");
    }

    [Fact]
    public async Task Home_SuggestionsOpen_NoSeriousOrCriticalViolations()
    {
        // Arrange
        await using var session = await browser.NewSessionAsync(app.BaseAddress);
        var page = session.Page;
        await page.GotoAsync("/");
        await page.Locator("#title").PressSequentiallyAsync("the");
        await page.Locator("#title-suggestions [role=option]").First.WaitForAsync();
        await page.Locator("#title").PressAsync("ArrowDown");

        // Act
        var result = await page.RunAxe();

        // Assert
        var blocking = result.Violations.Where(v => BlockingImpacts.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, Describe("/ (suggestions open)", "light", blocking));
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task AnalyticsDashboard_AfterTraffic_NoSeriousOrCriticalViolations(string theme)
    {
        // Arrange: some stored activity so the charts and tables have content; the admin key as a header.
        var scheme = theme == "dark" ? ColorScheme.Dark : ColorScheme.Light;
        await using var session = await browser.NewSessionAsync(app.BaseAddress, o => o.ColorScheme = scheme);
        var page = session.Page;
        await page.GotoAsync("/?title=Heat");
        await page.GotoAsync("/top-rated");
        await session.Context.SetExtraHTTPHeadersAsync([new("X-Admin-Key", WebAppFixture.AdminApiKey)]);
        await page.GotoAsync("/admin/analytics");
        await Assertions.Expect(page.Locator("svg.chart").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), $"movierec-admin-analytics-{theme}.png"), FullPage = true });

        // Act
        var result = await page.RunAxe();

        // Assert
        var blocking = result.Violations.Where(v => BlockingImpacts.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, Describe("/admin/analytics", theme, blocking));
        Assert.Empty(session.PageErrors);
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task LoadingPage_AxeScan_NoSeriousOrCriticalViolations(string theme)
    {
        // Arrange: neither the event stream nor the status polls answer, so the page stays on the loading screen while axe scans it.
        var scheme = theme == "dark" ? ColorScheme.Dark : ColorScheme.Light;
        await using var session = await browser.NewSessionAsync(app.BaseAddress, o => o.ColorScheme = scheme);
        var page = session.Page;
        await page.RouteAsync("**/api/v1/model/{status,events}*", route => route.AbortAsync());
        await page.GotoAsync("/loading");
        await Assertions.Expect(page.Locator("#loading-heading")).ToBeVisibleAsync();

        // Act
        var result = await page.RunAxe();

        // Assert
        var blocking = result.Violations.Where(v => BlockingImpacts.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, Describe("/loading", theme, blocking));
        await Assertions.Expect(page.Locator("#loading-heading")).ToBeVisibleAsync();
    }

    private static string Describe(string path, string theme, IReadOnlyList<AxeResultItem> violations) =>
        $"{path} ({theme}): " + string.Join(Environment.NewLine, violations.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} at " + string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString() + " " + n.Html))));
}
