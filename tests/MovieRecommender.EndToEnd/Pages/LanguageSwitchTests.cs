using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using MovieRecommender.EndToEnd.Infrastructure;
using Xunit.Abstractions;

namespace MovieRecommender.EndToEnd.Pages;

/// <summary>The footer's language switcher changes the page language and keeps the page accessible in both languages.</summary>
[Collection(EndToEndSuite.Name)]
public sealed class LanguageSwitchTests(WebAppFixture app, BrowserFixture browser, ITestOutputHelper output)
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    [Fact]
    public async Task Switcher_EnglishToSpanishAndBack_PageFollowsAndPassesAxe()
    {
        // Arrange: an English browser on a film page.
        await using var session = await browser.NewSessionAsync(app.BaseAddress, o => o.Locale = "en-US");
        var page = session.Page;
        await page.GotoAsync("/movies/155?region=GB");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await AssertNoBlockingViolationsAsync(page, "en");

        // Act: switch to Spanish with the footer's button.
        await page.Locator("footer button[data-culture='es']").ClickAsync();

        // Assert: the same page (query kept), in Spanish, remembered across pages.
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        Assert.EndsWith("/movies/155?region=GB", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#similar-heading")).ToHaveTextAsync("Películas similares");
        await AssertNoBlockingViolationsAsync(page, "es");
        await page.GotoAsync("/top-rated");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Películas mejor valoradas");
        await AssertNoBlockingViolationsAsync(page, "es");

        // Act and assert: back to English.
        await page.Locator("footer button[data-culture='en']").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Top-rated films");
        Assert.Empty(session.PageErrors);
    }

    [Fact]
    public async Task SpanishBrowser_FirstVisit_SpanishPage()
    {
        // Arrange: a browser whose language is Spanish (Accept-Language from the locale).
        await using var session = await browser.NewSessionAsync(app.BaseAddress, o => o.Locale = "es-MX");
        var page = session.Page;

        // Act
        await page.GotoAsync("/");

        // Assert
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Assertions.Expect(page.Locator("#search-heading")).ToHaveTextAsync("Encuentra tu próxima película favorita");
        await AssertNoBlockingViolationsAsync(page, "es");
    }

    private async Task AssertNoBlockingViolationsAsync(IPage page, string language)
    {
        var result = await page.RunAxe();
        foreach (var violation in result.Violations)
        {
            output.WriteLine($"{language} {violation.Impact} {violation.Id}: {violation.Help} ({violation.Nodes.Length} nodes)");
        }

        var blocking = result.Violations.Where(v => BlockingImpacts.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, $"{page.Url} ({language}): " + string.Join(Environment.NewLine, blocking.Select(Describe)));
    }

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Impact} {violation.Id}: {violation.Help} at " + string.Join(", ", violation.Nodes.Take(3).Select(n => n.Target?.ToString() + " " + n.Html));
}
