using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MovieRecommender.EndToEnd.Infrastructure;

namespace MovieRecommender.EndToEnd.Pages;

/// <summary>The home page search box: suggestions as you type, keyboard selection, and the results it leads to.</summary>
[Collection(EndToEndSuite.Name)]
public sealed partial class SearchTests(WebAppFixture app, BrowserFixture browser)
{
    private const string PartialTitle = "dark kni";

    [Fact]
    public async Task Search_TypeAndPickWithKeyboard_ShowsRecommendations()
    {
        // Arrange
        await using var session = await browser.NewSessionAsync(app.BaseAddress);
        var page = session.Page;
        await page.GotoAsync("/");
        var input = page.Locator("#title");
        var options = page.Locator("#title-suggestions [role=option]");

        // Act: type like a person would, wait for the listbox, then ArrowDown + Enter.
        await input.PressSequentiallyAsync(PartialTitle);
        await options.First.WaitForAsync();
        var suggestionTexts = await options.AllInnerTextsAsync();
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-expanded", "true");
        await input.PressAsync("ArrowDown");
        await Assertions.Expect(options.First).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-activedescendant", await options.First.GetAttributeAsync("id") ?? "?");
        await input.PressAsync("Enter");
        await page.WaitForURLAsync(TitleQueryPattern());
        var titles = await ResultCards.TitlesAsync(page);

        // Assert
        Assert.Contains(suggestionTexts, text => text.Contains("The Dark Knight", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Films like The Dark Knight");
        Assert.True(titles.Count >= 10, $"expected a grid of recommendations, got {titles.Count}");
        Assert.DoesNotContain("The Dark Knight", titles);
        var cards = ResultCards.Cards(page);
        for (var i = 0; i < titles.Count; i++)
        {
            var card = cards.Nth(i);
            var posters = await card.Locator("img.poster-image, .poster-placeholder").CountAsync();
            Assert.True(posters > 0, $"card {titles[i]} has neither a poster nor a placeholder");
        }

        var chips = await page.Locator($"{ResultCards.CardSelector} .chips .chip").AllInnerTextsAsync();
        Assert.True(chips.Count >= titles.Count, $"expected explanation chips on the cards, got {chips.Count}");
        Assert.All(chips, chip => Assert.Matches(ChipPattern(), chip));
        Assert.Empty(session.PageErrors);
        Assert.Empty(session.ConsoleErrors);
    }

    [Fact]
    public async Task Search_EscapePressed_ClosesSuggestions()
    {
        // Arrange
        await using var session = await browser.NewSessionAsync(app.BaseAddress);
        var page = session.Page;
        await page.GotoAsync("/");
        var input = page.Locator("#title");
        await input.PressSequentiallyAsync("heat");
        await page.Locator("#title-suggestions [role=option]").First.WaitForAsync();

        // Act
        await input.PressAsync("Escape");

        // Assert
        await Assertions.Expect(page.Locator("#title-suggestions")).ToBeHiddenAsync();
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-expanded", "false");
        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
    }

    [Fact]
    public async Task Search_UnknownTitleSubmitted_ShowsDidYouMean()
    {
        // Arrange
        await using var session = await browser.NewSessionAsync(app.BaseAddress);
        var page = session.Page;
        await page.GotoAsync("/");

        // Act: a misspelling, submitted with the button (no suggestion picked).
        await page.Locator("#title").FillAsync("The Dark Knigth Risess");
        await page.GetByRole(AriaRole.Button, new() { Name = "Recommend" }).ClickAsync();
        await page.WaitForURLAsync(TitleQueryPattern());

        // Assert: either resolved fuzzily to a film or a did-you-mean notice; never an error page.
        var resolved = await page.Locator("h1", new() { HasTextString = "Films like" }).CountAsync() > 0;
        if (!resolved)
        {
            await Assertions.Expect(page.Locator("#not-found-heading")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".did-you-mean a").First).ToBeVisibleAsync();
        }

        Assert.Empty(session.PageErrors);
    }

    [GeneratedRegex(@"[?&]title=")]
    private static partial Regex TitleQueryPattern();

    [GeneratedRegex(@"^\S[^:]*:\s+\S")]
    private static partial Regex ChipPattern();
}
