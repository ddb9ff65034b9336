using System.Buffers.Binary;
using Microsoft.Playwright;
using MovieRecommender.EndToEnd.Infrastructure;

namespace MovieRecommender.EndToEnd.Sharing;

/// <summary>
/// Shared links preview well (OpenGraph and Twitter tags with a server-rendered 1200×630 card) and the share button
/// hands out the page's permalink.
/// </summary>
[Collection(EndToEndSuite.Name)]
public sealed class ShareTests(WebAppFixture app, BrowserFixture browser)
{
    [Fact]
    public async Task FilmPage_Loaded_HasOpenGraphAndTwitterTagsWithWorkingImage()
    {
        // Arrange
        await using var session = await browser.NewSessionAsync(app.BaseAddress);
        var page = session.Page;

        // Act
        await page.GotoAsync("/movies/155");
        var title = await Meta(page, "property", "og:title");
        var url = await Meta(page, "property", "og:url");
        var image = await Meta(page, "property", "og:image");
        var card = await Meta(page, "name", "twitter:card");

        // Assert
        Assert.Equal("The Dark Knight (2008)", title);
        Assert.Equal(new Uri(app.BaseAddress, "/movies/155").ToString(), url);
        Assert.Equal("video.movie", await Meta(page, "property", "og:type"));
        Assert.Equal("summary_large_image", card);
        Assert.False(string.IsNullOrWhiteSpace(await Meta(page, "property", "og:description")));
        Assert.Equal(url, await page.Locator("link[rel=canonical]").GetAttributeAsync("href"));
        await AssertShareCardAsync(image);
    }

    [Fact]
    public async Task ResultsPage_ReachedByTitle_SharesIdPermalinkWithFilters()
    {
        // Arrange
        await using var session = await browser.NewSessionAsync(app.BaseAddress);
        var page = session.Page;

        // Act
        await page.GotoAsync("/?title=heat&minYear=1990&page=2");
        var url = await Meta(page, "property", "og:url");
        var image = await Meta(page, "property", "og:image");

        // Assert: the permalink names the film by id, keeps the filter, and drops the page.
        Assert.Equal(new Uri(app.BaseAddress, "/?id=949&minyear=1990").ToString(), url);
        Assert.Equal("Films like Heat", await Meta(page, "property", "og:title"));
        await AssertShareCardAsync(image);
        var shared = await page.GotoAsync(url);
        Assert.NotNull(shared);
        Assert.Equal(200, shared.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Films like Heat");
    }

    [Fact]
    public async Task ShareButton_NoShareSheet_CopiesPermalinkAndSaysSo()
    {
        // Arrange: a browser without the Web Share API (desktop Chromium on Linux), with clipboard access.
        await using var session = await browser.NewSessionAsync(app.BaseAddress, o => o.Permissions = ["clipboard-read", "clipboard-write"]);
        var page = session.Page;
        await page.AddInitScriptAsync("delete Navigator.prototype.share; delete Navigator.prototype.canShare;");
        await page.GotoAsync("/movies/155");
        var button = page.GetByRole(AriaRole.Button, new() { Name = "Share" });

        // Act
        await button.ClickAsync();

        // Assert
        await Assertions.Expect(page.Locator("[data-share-status]")).ToHaveTextAsync("Link copied");
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(new Uri(app.BaseAddress, "/movies/155").ToString(), copied);
        Assert.Empty(session.PageErrors);
    }

    [Fact]
    public async Task ShareButton_ShareSheetAvailable_PassesTitleAndPermalink()
    {
        // Arrange: record what the page hands to the device's share sheet.
        await using var session = await browser.NewSessionAsync(app.BaseAddress);
        var page = session.Page;
        await page.AddInitScriptAsync("navigator.share = d => { window.__shared = d; return Promise.resolve(); }; navigator.canShare = () => true;");
        await page.GotoAsync("/?title=Heat");

        // Act
        await page.GetByRole(AriaRole.Button, new() { Name = "Share" }).ClickAsync();
        var shared = await page.EvaluateAsync<Dictionary<string, string>>("() => window.__shared");

        // Assert
        Assert.Equal("Films like Heat", shared["title"]);
        Assert.Equal(new Uri(app.BaseAddress, "/?id=949").ToString(), shared["url"]);
    }

    [Fact]
    public async Task ShareCard_RecommendationsForAFilm_SavedToDocs()
    {
        // Act: the card a link to "Films like The Dark Knight" previews with.
        using var response = await app.Client.GetAsync("/share/recommendations.png?id=155");
        var png = await response.Content.ReadAsByteArrayAsync();
        var path = Path.Combine(RepositoryPaths.FindRepositoryRoot(), "docs", "share-card.png");
        await File.WriteAllBytesAsync(path, png);

        // Assert
        Assert.True(response.IsSuccessStatusCode);
        Assert.True(png.Length > 10_000, $"the card is suspiciously small ({png.Length} bytes)");
    }

    private static async Task<string> Meta(IPage page, string attribute, string name) =>
        await page.Locator($"meta[{attribute}=\"{name}\"]").GetAttributeAsync("content") ?? string.Empty;

    private async Task AssertShareCardAsync(string imageUrl)
    {
        Assert.StartsWith(app.BaseAddress.ToString(), imageUrl, StringComparison.Ordinal);
        using var response = await app.Client.GetAsync(new Uri(imageUrl));
        var png = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.IsSuccessStatusCode, $"{imageUrl} answered {(int)response.StatusCode}");
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1200, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(630, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }
}
