using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using MovieRecommender.EndToEnd.Infrastructure;

namespace MovieRecommender.EndToEnd.WhereToWatch;

/// <summary>
/// The film page's "Where to watch" section and the "only films on my services" filter, against the test fixture of
/// made-up providers (tests/fixtures/watch-providers) trained into the demo model.
/// </summary>
[Collection(EndToEndSuite.Name)]
public sealed class WhereToWatchTests(WebAppFixture app, BrowserFixture browser)
{
    [Fact]
    public async Task FilmPage_BritishVisitor_ShowsOffersWithLinksAndSwitchesRegion()
    {
        // Arrange: a browser set to British English.
        await using var session = await browser.NewSessionAsync(app.BaseAddress, o => o.Locale = "en-GB");
        var page = session.Page;
        var section = page.Locator("section.watch");

        // Act
        await page.GotoAsync("/movies/155");

        // Assert: the UK offers, each linking to the film's watch page for the UK.
        await Assertions.Expect(section.Locator("h2")).ToHaveTextAsync("Where to watch in United Kingdom");
        var stream = section.Locator("a.watch-provider", new() { HasText = "Fixture Stream" });
        await Assertions.Expect(stream).ToHaveAttributeAsync("href", "https://www.themoviedb.org/movie/155/watch?locale=GB");
        await Assertions.Expect(section.Locator("dt")).ToHaveTextAsync(["Stream", "Rent", "Buy"]);
        var axe = await page.RunAxe();
        Assert.DoesNotContain(axe.Violations, v => v.Impact is "serious" or "critical");

        // Switching to the United States shows that region's offers, and the choice is remembered.
        await section.Locator("select[name=region]").SelectOptionAsync("US");
        await section.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(section.Locator("h2")).ToHaveTextAsync("Where to watch in United States");
        await Assertions.Expect(section.Locator("dt")).ToHaveTextAsync(["Stream", "Free with ads"]);
        await page.GotoAsync("/movies/27205");
        await Assertions.Expect(section.Locator("h2")).ToHaveTextAsync("Where to watch in United States");
        await Assertions.Expect(section.Locator("a.watch-provider")).ToHaveTextAsync(["Fixture Stream (Stream, opens in a new tab)"]);
    }

    [Fact]
    public async Task FilmWithoutData_RegionKnown_SaysNoOfferIsKnown()
    {
        // Arrange
        await using var session = await browser.NewSessionAsync(app.BaseAddress, o => o.Locale = "en-GB");
        var page = session.Page;

        // Act
        await page.GotoAsync("/movies/949");

        // Assert
        await Assertions.Expect(page.Locator("section.watch")).ToContainTextAsync("No streaming, rental or purchase offer is known");
        await Assertions.Expect(page.Locator("section.watch a.watch-provider")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task TopRated_MyServicesSavedAndTicked_ListsOnlyFilmsOnThem()
    {
        // Arrange: save "Fixture Stream" as my service in the UK.
        await using var session = await browser.NewSessionAsync(app.BaseAddress, o => o.Locale = "en-GB");
        var page = session.Page;
        await page.GotoAsync("/top-rated");
        await page.Locator("details.filters > summary").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Choose your streaming services" }).ClickAsync();
        await page.GetByLabel("Fixture Stream").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my services" }).ClickAsync();
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("Saved.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the list" }).ClickAsync();

        // Act
        await page.Locator("details.filters:not([open]) > summary").ClickAsync();
        await page.GetByLabel("Only films on my services: Fixture Stream").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.WaitForURLAsync("**/top-rated?*myServices=true*");
        await page.Locator("article.card").First.WaitForAsync();
        var titles = await page.Locator("article.card .card-title a").AllInnerTextsAsync();

        // Assert: in the UK the fixture streams The Dark Knight and Batman Begins (Inception is rent-only there).
        Assert.Equal(["Batman Begins", "The Dark Knight"], titles.Order(StringComparer.Ordinal));
        Assert.Empty(session.PageErrors);
    }
}
