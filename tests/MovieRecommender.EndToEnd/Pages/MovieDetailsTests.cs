using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MovieRecommender.EndToEnd.Infrastructure;

namespace MovieRecommender.EndToEnd.Pages;

/// <summary>The film details page (/movies/{id}) reached from a recommendation card.</summary>
[Collection(EndToEndSuite.Name)]
public sealed partial class MovieDetailsTests(WebAppFixture app, BrowserFixture browser)
{
    [Fact]
    public async Task Details_OpenedFromCard_ShowsOverviewDirectorAndSimilarFilms()
    {
        // Arrange
        await using var session = await browser.NewSessionAsync(app.BaseAddress);
        var page = session.Page;
        await page.GotoAsync("/?title=The Dark Knight");
        var firstTitle = (await ResultCards.TitlesAsync(page))[0];

        // Act
        await ResultCards.Cards(page).First.Locator(".card-title a").ClickAsync();
        await page.WaitForURLAsync(DetailsPathPattern());

        // Assert
        await Assertions.Expect(page.Locator("h1#film-title")).ToContainTextAsync(firstTitle);
        var overview = await page.Locator("p.overview").InnerTextAsync();
        Assert.True(overview.Length > 20, $"overview too short: '{overview}'");
        await Assertions.Expect(page.Locator("dl.people dt").First).ToHaveTextAsync("Directed by");
        await Assertions.Expect(page.Locator("dl.people dd a.person").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#similar-heading")).ToHaveTextAsync("Similar films");
        var similar = page.Locator("section[aria-labelledby=similar-heading] article.card");
        Assert.True(await similar.CountAsync() > 0, "no similar films on the details page");
        Assert.DoesNotContain(firstTitle, await similar.Locator(".card-title a").AllInnerTextsAsync());
        Assert.Empty(session.PageErrors);
    }

    [Fact]
    public async Task Details_MoreLikeThisClicked_ShowsRecommendationsForThatFilm()
    {
        // Arrange
        await using var session = await browser.NewSessionAsync(app.BaseAddress);
        var page = session.Page;
        await page.GotoAsync("/movies/155");
        var title = await page.Locator("h1#film-title").InnerTextAsync();

        // Act
        await page.GetByRole(AriaRole.Link, new() { Name = "More like this" }).ClickAsync();
        await page.WaitForURLAsync(IdQueryPattern());

        // Assert
        Assert.StartsWith("The Dark Knight", title, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Films like The Dark Knight");
        Assert.NotEmpty(await ResultCards.TitlesAsync(page));
    }

    [Fact]
    public async Task Details_UnknownId_Returns404PageNotErrorPage()
    {
        // Arrange
        await using var session = await browser.NewSessionAsync(app.BaseAddress);

        // Act
        var response = await session.Page.GotoAsync("/movies/999999999");

        // Assert
        Assert.NotNull(response);
        Assert.Equal(404, response.Status);
        await Assertions.Expect(session.Page.Locator("h1")).ToBeVisibleAsync();
    }

    [GeneratedRegex(@"/movies/\d+$")]
    private static partial Regex DetailsPathPattern();

    [GeneratedRegex(@"[?&]id=155(&|$)")]
    private static partial Regex IdQueryPattern();
}
