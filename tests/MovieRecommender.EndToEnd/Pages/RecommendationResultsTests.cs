using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MovieRecommender.EndToEnd.Infrastructure;

namespace MovieRecommender.EndToEnd.Pages;

/// <summary>The results page (/?title=...): filters, the variety slider, paging and the CSV export.</summary>
[Collection(EndToEndSuite.Name)]
public sealed partial class RecommendationResultsTests(WebAppFixture app, BrowserFixture browser)
{
    private const string ResultsPath = "/?title=Heat";
    private const string Genre = "Crime";
    private const int MinYear = 1990;

    [Fact]
    public async Task Filters_GenreAndMinYearApplied_ResultsRespectThem()
    {
        // Arrange
        await using var session = await browser.NewSessionAsync(app.BaseAddress);
        var page = session.Page;
        await page.GotoAsync(ResultsPath);
        var unfiltered = await ResultCards.TitlesAsync(page);

        // Act: open the filters, tick a genre, type a year, apply.
        await page.Locator("details.filters > summary").ClickAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = Genre, Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Spinbutton, new() { Name = "From" }).First.FillAsync(MinYear.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.WaitForURLAsync(MinYearQueryPattern());
        var titles = await ResultCards.TitlesAsync(page);
        var years = await ResultCards.YearsAsync(page);
        var genres = await ResultCards.GenresAsync(page);

        // Assert
        Assert.Contains("genres=Crime", page.Url, StringComparison.Ordinal);
        Assert.NotEqual(unfiltered, titles);
        Assert.All(years, year => Assert.True(year >= MinYear, $"a film from {year} passed minYear={MinYear}"));
        Assert.All(genres, list => Assert.Contains(Genre, list));
        await Assertions.Expect(page.Locator("details.filters")).ToHaveAttributeAsync("open", new Regex(".*"));
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = Genre, Exact = true })).ToBeCheckedAsync();
        Assert.Empty(session.PageErrors);
    }

    [Fact]
    public async Task Diversity_SliderMovedToMaximum_ChangesResults()
    {
        // Arrange
        await using var session = await browser.NewSessionAsync(app.BaseAddress);
        var page = session.Page;
        await page.GotoAsync(ResultsPath);
        var mostSimilar = await ResultCards.TitlesAsync(page);
        var slider = page.Locator("#diversity");

        // Act: keyboard only, as a slider is meant to be used.
        await slider.FocusAsync();
        await slider.PressAsync("End");
        await Assertions.Expect(page.Locator("#diversity-value")).ToHaveTextAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Recommend" }).ClickAsync();
        await page.WaitForURLAsync(DiversityQueryPattern());
        var varied = await ResultCards.TitlesAsync(page);

        // Assert
        Assert.Equal(mostSimilar.Count, varied.Count);
        Assert.NotEqual(mostSimilar, varied);
        await Assertions.Expect(slider).ToHaveValueAsync("1");
    }

    [Fact]
    public async Task Paging_NextClicked_ShowsDifferentFilmsOnPage2()
    {
        // Arrange
        await using var session = await browser.NewSessionAsync(app.BaseAddress);
        var page = session.Page;
        await page.GotoAsync(ResultsPath);
        var firstPage = await ResultCards.TitlesAsync(page);

        // Act
        await page.Locator("nav.pagination a[rel=next]").ClickAsync();
        await page.WaitForURLAsync(PageTwoPattern());
        var secondPage = await ResultCards.TitlesAsync(page);

        // Assert
        Assert.NotEmpty(secondPage);
        Assert.Empty(firstPage.Intersect(secondPage));
        await Assertions.Expect(page.Locator("nav.pagination [aria-current=page]")).ToHaveTextAsync("2");
        await Assertions.Expect(page.Locator("nav.pagination a[rel=prev]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ExportCsv_Clicked_DownloadsCsvWithHeaderAndShownFilms()
    {
        // Arrange
        await using var session = await browser.NewSessionAsync(app.BaseAddress, o => o.AcceptDownloads = true);
        var page = session.Page;
        await page.GotoAsync(ResultsPath);
        var shown = await ResultCards.TitlesAsync(page);

        // Act
        var download = await page.RunAndWaitForDownloadAsync(
            () => page.GetByRole(AriaRole.Link, new() { Name = "Export as CSV" }).ClickAsync());
        var path = await download.PathAsync();
        var lines = (await File.ReadAllLinesAsync(path))
            .Where(line => line.Length > 0)
            .ToList();

        // Assert
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.OrdinalIgnoreCase);
        Assert.True(lines.Count > 1, "the CSV has no data rows");
        var header = lines[0].TrimStart('\uFEFF').Split(',');
        Assert.Contains("title", header);
        Assert.Contains("year", header);
        Assert.Contains(shown[0], lines[1], StringComparison.Ordinal);
        Assert.Equal(shown.Count, lines.Count - 1);
    }

    [GeneratedRegex(@"[?&]minYear=1990")]
    private static partial Regex MinYearQueryPattern();

    [GeneratedRegex(@"[?&]diversity=1(&|$)")]
    private static partial Regex DiversityQueryPattern();

    [GeneratedRegex(@"[?&]page=2(&|$)")]
    private static partial Regex PageTwoPattern();
}
