using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MovieRecommender.EndToEnd.Infrastructure;

namespace MovieRecommender.EndToEnd.Pages;

/// <summary>The dark-mode toggle: it switches the theme on &lt;html&gt;, and the choice survives a reload.</summary>
[Collection(EndToEndSuite.Name)]
public sealed partial class ThemeTests(WebAppFixture app, BrowserFixture browser)
{
    // Relative luminance thresholds (0 = black, 1 = white) for "clearly light" and "clearly dark" backgrounds.
    private const double LightBackgroundMinimum = 0.7;
    private const double DarkBackgroundMaximum = 0.1;

    [Fact]
    public async Task ThemeToggle_ClickedAndReloaded_DarkModePersists()
    {
        // Arrange: an explicitly light OS preference, so the starting theme is known.
        await using var session = await browser.NewSessionAsync(app.BaseAddress, o => o.ColorScheme = ColorScheme.Light);
        var page = session.Page;
        await page.GotoAsync("/");
        var html = page.Locator("html");
        var toggle = page.Locator("#theme-toggle");
        await Assertions.Expect(html).ToHaveAttributeAsync("data-theme", "light");
        var lightBackground = await BodyBackgroundLuminanceAsync(page);

        // Act
        await toggle.ClickAsync();
        await Assertions.Expect(html).ToHaveAttributeAsync("data-theme", "dark");
        await page.ReloadAsync();

        // Assert
        await Assertions.Expect(html).ToHaveAttributeAsync("data-theme", "dark");
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
        var darkBackground = await BodyBackgroundLuminanceAsync(page);
        Assert.True(lightBackground >= LightBackgroundMinimum, $"light background luminance {lightBackground:0.00}");
        Assert.True(darkBackground <= DarkBackgroundMaximum, $"dark background luminance {darkBackground:0.00}");
    }

    [Fact]
    public async Task ThemeToggle_ClickedTwice_ReturnsToLightAfterReload()
    {
        // Arrange
        await using var session = await browser.NewSessionAsync(app.BaseAddress, o => o.ColorScheme = ColorScheme.Light);
        var page = session.Page;
        await page.GotoAsync("/top-rated");
        var html = page.Locator("html");
        var toggle = page.Locator("#theme-toggle");

        // Act
        await toggle.ClickAsync();
        await Assertions.Expect(html).ToHaveAttributeAsync("data-theme", "dark");
        await toggle.ClickAsync();
        await page.ReloadAsync();

        // Assert
        await Assertions.Expect(html).ToHaveAttributeAsync("data-theme", "light");
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");
    }

    [Fact]
    public async Task Theme_OsPrefersDarkAndNoChoiceSaved_StartsDark()
    {
        // Arrange
        await using var session = await browser.NewSessionAsync(app.BaseAddress, o => o.ColorScheme = ColorScheme.Dark);

        // Act
        await session.Page.GotoAsync("/");

        // Assert
        await Assertions.Expect(session.Page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        Assert.True(await BodyBackgroundLuminanceAsync(session.Page) <= DarkBackgroundMaximum);
    }

    private static async Task<double> BodyBackgroundLuminanceAsync(IPage page)
    {
        var colour = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        var match = RgbPattern().Match(colour);
        Assert.True(match.Success, $"unexpected computed colour '{colour}'");
        double Channel(int group)
        {
            var value = double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) / 255;
            return value <= 0.03928 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(2)) + (0.0722 * Channel(3));
    }

    [GeneratedRegex(@"rgba?\((\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?)")]
    private static partial Regex RgbPattern();
}
