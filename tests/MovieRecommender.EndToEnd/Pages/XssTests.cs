using Microsoft.Playwright;
using MovieRecommender.EndToEnd.Infrastructure;

namespace MovieRecommender.EndToEnd.Pages;

/// <summary>
/// Hostile text typed into the search box or put into shareable URLs is shown as text: no script runs (no dialog
/// ever opens), no element is injected, and the pages cause no Content-Security-Policy violations of their own.
/// </summary>
[Collection(EndToEndSuite.Name)]
public sealed class XssTests(WebAppFixture app, BrowserFixture browser)
{
    public static TheoryData<string> Payloads => new()
    {
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "'><svg onload=alert(1)>",
    };

    public static TheoryData<string> UrlTemplates => new()
    {
        "/?title={0}",
        "/?title=Heat&language={0}",
        "/top-rated?genres={0}",
        "/top-rated?genres=Drama,{0}&country={0}",
        "/people?name={0}&role=director",
        "/movies/{0}",
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Search_PayloadTypedAndSubmitted_ShownAsTextWithoutDialog(string payload)
    {
        // Arrange
        await using var session = await browser.NewSessionAsync(app.BaseAddress);
        var page = session.Page;
        var dialogs = RecordDialogs(page);
        await page.GotoAsync("/");
        var input = page.Locator("#title");

        // Act: typed key by key (the suggestion fetch sees the payload too), then submitted.
        await input.PressSequentiallyAsync(payload);
        await page.GetByRole(AriaRole.Button, new() { Name = "Recommend" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("title=", StringComparison.Ordinal));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // Assert
        Assert.Empty(dialogs);
        await Assertions.Expect(input).ToHaveValueAsync(payload);
        await AssertNothingInjectedAsync(page);
        AssertNoScriptOrPolicyErrors(session);
    }

    [Theory]
    [MemberData(nameof(UrlTemplates))]
    public async Task Pages_PayloadInUrl_ShownAsTextWithoutDialog(string template)
    {
        foreach (var payload in Payloads)
        {
            // Arrange
            await using var session = await browser.NewSessionAsync(app.BaseAddress);
            var page = session.Page;
            var dialogs = RecordDialogs(page);
            var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Uri.EscapeDataString(payload));

            // Act
            var response = await page.GotoAsync(url);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

            // Assert
            Assert.NotNull(response);
            Assert.True(response.Status < 500, $"{url} answered {response.Status}");
            Assert.Empty(dialogs);
            await AssertNothingInjectedAsync(page);
            AssertNoScriptOrPolicyErrors(session);
        }
    }

    [Fact]
    public async Task Search_PayloadTitleOnResultsPage_EchoedAsText()
    {
        // Arrange
        const string payload = "<script>alert(1)</script>";
        await using var session = await browser.NewSessionAsync(app.BaseAddress);
        var page = session.Page;
        var dialogs = RecordDialogs(page);

        // Act
        await page.GotoAsync("/?title=" + Uri.EscapeDataString(payload));

        // Assert: the "could not find" notice quotes the payload literally.
        await Assertions.Expect(page.Locator("#not-found-heading")).ToContainTextAsync(payload);
        Assert.Empty(dialogs);
    }

    private static List<string> RecordDialogs(IPage page)
    {
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add($"{dialog.Type}: {dialog.Message}");
            _ = dialog.DismissAsync();
        };
        return dialogs;
    }

    private static async Task AssertNothingInjectedAsync(IPage page)
    {
        // Our pages load their scripts from /js/ plus one JSON data block (#ui-text, never run) and no SVG with
        // handlers; anything else came from the payload.
        var inlineScripts = await page.Locator("script:not([src]):not(#ui-text[type='application/json'])").CountAsync();
        var injectedImages = await page.Locator("img[src=x], img[onerror], svg[onload]").CountAsync();
        Assert.Equal(0, inlineScripts);
        Assert.Equal(0, injectedImages);
    }

    private static void AssertNoScriptOrPolicyErrors(BrowserSession session)
    {
        Assert.Empty(session.PageErrors);
        Assert.DoesNotContain(session.ConsoleErrors, message =>
            message.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }
}
