using Microsoft.Playwright;
using MovieRecommender.EndToEnd.Infrastructure;

namespace MovieRecommender.EndToEnd.Pages;

/// <summary>
/// Refreshes the README's screenshots (docs/screenshot-home.png, docs/screenshot-dark.png) from the running app,
/// after checking the page shows what the picture is meant to show.
/// </summary>
[Collection(EndToEndSuite.Name)]
public sealed class DocsScreenshotTests(WebAppFixture app, BrowserFixture browser)
{
    private const string ScreenshotPath = "/?title=The Dark Knight";
    private const int Width = 1280;
    // Tall enough for the header, the search form and the whole first row of cards with their explanation chips.
    private const int Height = 1180;

    [Theory]
    [InlineData("light", "screenshot-home.png")]
    [InlineData("dark", "screenshot-dark.png")]
    public async Task Screenshot_ResultsPage_SavedToDocs(string theme, string fileName)
    {
        // Arrange
        await using var session = await browser.NewSessionAsync(app.BaseAddress, o =>
        {
            o.ColorScheme = theme == "dark" ? ColorScheme.Dark : ColorScheme.Light;
            o.ViewportSize = new ViewportSize { Width = Width, Height = Height };
            o.ReducedMotion = ReducedMotion.Reduce;
        });
        var page = session.Page;
        await page.GotoAsync(ScreenshotPath);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", theme);
        await ResultCards.Cards(page).First.WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Assertions.Expect(ResultCards.Cards(page).First.Locator(".chips .chip").First).ToBeInViewportAsync();

        // Act
        var path = await Screenshots.SaveToDocsAsync(page, fileName);

        // Assert
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.True(bytes.Length > 10_000, $"{path} is suspiciously small ({bytes.Length} bytes)");
        Assert.Equal(0x89, bytes[0]); // PNG signature
        Assert.Empty(session.PageErrors);
    }
}
