using System.Text;
using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using MovieRecommender.EndToEnd.Infrastructure;
using Xunit.Abstractions;

namespace MovieRecommender.EndToEnd.Accounts;

/// <summary>
/// A person's whole journey in a real browser: sign up, rate five films with the star controls, get "For you",
/// import a Letterboxd file, export, delete the account. Each account page is scanned with axe on the way, and
/// the README screenshots of the new pages are taken from it.
/// </summary>
[Collection(EndToEndSuite.Name)]
public sealed class AccountFlowTests(WebAppFixture app, BrowserFixture browser, ITestOutputHelper output)
{
    private const string Password = "correct horse battery";
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    [Fact]
    public async Task SignUpRateForYouImportExportDelete_InABrowser_EveryStepWorks()
    {
        await using var session = await browser.NewSessionAsync(app.BaseAddress, o =>
        {
            o.ViewportSize = new ViewportSize { Width = 1280, Height = 1100 };
            o.ReducedMotion = ReducedMotion.Reduce;
        });
        var page = session.Page;
        var email = $"flow-{Guid.NewGuid():N}@example.org";

        // Sign up (the form is axe-clean, and a weak password is refused with the rule named).
        await page.GotoAsync("/account/register");
        await AssertAxeCleanAsync(page, "/account/register");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("short");
        await page.GetByLabel("Repeat password").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page.Locator("#password-error")).ToContainTextAsync("at least 10");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Repeat password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        // An empty profile lands on the start page with films to rate.
        await page.WaitForURLAsync("**/for-you");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Rate a few films to get started" })).ToBeVisibleAsync();
        await AssertAxeCleanAsync(page, "/for-you (start)");

        // Rate five films: click a star on the first two, use the keyboard (a radio group) on the next three.
        var actions = page.Locator("[data-film-actions]:visible");
        await actions.First.WaitForAsync();
        for (var i = 0; i < 5; i++)
        {
            var card = actions.Nth(i);
            var saved = page.WaitForResponseAsync(r => r.Url.Contains("/api/v1/me/ratings/", StringComparison.Ordinal) && r.Request.Method == "PUT");
            if (i < 2)
            {
                await card.Locator("label.star").Nth(9).ClickAsync(); // 5 stars
            }
            else
            {
                await card.Locator("label.star").Nth(5).ClickAsync(); // 3 stars, then one step up with the keyboard
                await card.Locator("input.star-input:checked").PressAsync("ArrowRight");
            }

            Assert.True((await saved).Ok);
        }

        await Assertions.Expect(page.Locator("#personal-status")).Not.ToBeEmptyAsync();

        // For you now recommends, and says why.
        await page.GotoAsync("/for-you");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Recommended for you" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".because li").First).ToContainTextAsync("Because you rated");
        await AssertAxeCleanAsync(page, "/for-you");
        await Screenshots.SaveToDocsAsync(page, "screenshot-for-you.png");

        // Import a Letterboxd ratings file.
        await page.GotoAsync("/me/import");
        await AssertAxeCleanAsync(page, "/me/import");
        await page.GetByLabel("Export file").SetInputFilesAsync(new FilePayload
        {
            Name = "ratings.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes("Date,Name,Year,Letterboxd URI,Rating\n2024-01-05,Inception,2010,https://boxd.it/a,4.5\n2024-01-06,Not A Real Film,1999,https://boxd.it/b,2\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        await Assertions.Expect(page.Locator("#result-heading")).ToContainTextAsync("Imported 1 of 2 rows");
        await Assertions.Expect(page.Locator(".import-result td").Filter(new() { HasText = "Not A Real Film" })).ToBeVisibleAsync();

        // My films lists the ratings; the export has them all.
        await page.GotoAsync("/me");
        await Assertions.Expect(page.Locator("#list-heading")).ToContainTextAsync("(6)");
        await AssertAxeCleanAsync(page, "/me");
        await Screenshots.SaveToDocsAsync(page, "screenshot-me.png");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Export everything (JSON)" }).ClickAsync());
        var exported = JsonDocument.Parse(await File.ReadAllTextAsync(await download.PathAsync())).RootElement;
        Assert.Equal(6, exported.GetProperty("ratings").GetArrayLength());
        Assert.Equal(email, exported.GetProperty("account").GetProperty("email").GetString());

        // Delete the account: signed out, and the e-mail no longer signs in.
        await page.GetByLabel("Yes, delete my account and all my data").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete my account" }).ClickAsync();
        await page.WaitForURLAsync("**/?deleted=1");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await page.GotoAsync("/account/login");
        await AssertAxeCleanAsync(page, "/account/login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("not right");
        Assert.Empty(session.PageErrors);
    }

    private async Task AssertAxeCleanAsync(IPage page, string what)
    {
        var result = await page.RunAxe();
        foreach (var violation in result.Violations)
        {
            output.WriteLine($"{what}: {violation.Impact} {violation.Id}: {violation.Help}");
        }

        var blocking = result.Violations.Where(v => BlockingImpacts.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, what + ": " + string.Join("; ", blocking.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} at " + string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString() + " " + n.Html)))));
    }
}
