using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using MovieRecommender.EndToEnd.Infrastructure;
using Xunit.Abstractions;

namespace MovieRecommender.EndToEnd.Social;

/// <summary>
/// Two people in two real browsers: both choose a handle, one follows the other and reads her spoiler review in the
/// feed, she starts a shared list, adds a film from its page and sends the invite link, and he joins and sees the
/// film. Every new page is scanned with axe; the feed and the list are screenshotted for the README.
/// </summary>
[Collection(EndToEndSuite.Name)]
public sealed class FriendsAndListsTests(WebAppFixture app, BrowserFixture browser, ITestOutputHelper output)
{
    private const string Password = "correct horse battery";
    private const int Heat = 949;
    private const int DarkKnight = 155;
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    [Fact]
    public async Task FollowReviewFeedAndSharedList_TwoBrowsers_EveryStepWorks()
    {
        await using var annSession = await NewSessionAsync();
        await using var bobSession = await NewSessionAsync();
        var ann = annSession.Page;
        var bob = bobSession.Page;
        var annHandle = "ann_" + Guid.NewGuid().ToString("N")[..8];
        var bobHandle = "bob_" + Guid.NewGuid().ToString("N")[..8];

        await SignUpAsync(ann);
        await ChooseHandleAsync(ann, annHandle, "Ann Lee");
        await SignUpAsync(bob);
        await ChooseHandleAsync(bob, bobHandle, "Bob Ray");

        // Ann reviews Heat with a spoiler; the review's markup is shown as text.
        await ann.GotoAsync($"/movies/{Heat}");
        await ann.GetByText("Write a review").ClickAsync();
        await ann.GetByLabel("Your review of").FillAsync("The <i>diner</i> scene. Then the airport ending!");
        await ann.GetByLabel("Contains spoilers").CheckAsync();
        await ann.GetByRole(AriaRole.Button, new() { Name = "Save review" }).ClickAsync();
        await Assertions.Expect(ann.Locator("#reviews .review").First).ToContainTextAsync("Ann Lee");
        await AssertAxeCleanAsync(ann, "/movies/{id} with reviews");

        // Bob follows Ann from her profile and reads the review in his feed, collapsed until he opens it.
        await bob.GotoAsync($"/u/{annHandle}");
        await AssertAxeCleanAsync(bob, "/u/{handle}");
        await bob.GetByRole(AriaRole.Button, new() { Name = "Follow Ann Lee" }).ClickAsync();
        await Assertions.Expect(bob.GetByRole(AriaRole.Button, new() { Name = "Unfollow Ann Lee" })).ToBeVisibleAsync();
        await bob.GotoAsync("/feed");
        var entry = bob.Locator(".feed-entry").First;
        await Assertions.Expect(entry).ToContainTextAsync("Ann Lee");
        var text = entry.Locator(".review-text");
        await Assertions.Expect(text).Not.ToBeVisibleAsync();
        await entry.GetByText("Contains spoilers: show the review").ClickAsync();
        await Assertions.Expect(text).ToHaveTextAsync("The <i>diner</i> scene. Then the airport ending!");
        await AssertAxeCleanAsync(bob, "/feed");
        await Screenshots.SaveToDocsAsync(bob, "screenshot-feed.png");

        // Ann starts a shared list, adds The Dark Knight from its page and copies the invite link.
        await ann.GotoAsync("/lists");
        await AssertAxeCleanAsync(ann, "/lists");
        await ann.GetByLabel("Name").FillAsync("Friday films");
        await ann.GetByRole(AriaRole.Button, new() { Name = "Create list" }).ClickAsync();
        await Assertions.Expect(ann.GetByRole(AriaRole.Heading, new() { Name = "Friday films", Level = 1 })).ToBeVisibleAsync();
        var listUrl = ann.Url;
        var invite = await ann.GetByLabel("Invite link").InputValueAsync();
        await ann.GotoAsync($"/movies/{DarkKnight}");
        await ann.GetByLabel("Add The Dark Knight to a shared list").SelectOptionAsync(new SelectOptionValue { Label = "Friday films" });
        await ann.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await ann.WaitForURLAsync($"**/movies/{DarkKnight}#reviews");

        // Bob cannot see the private list until he joins with the link.
        var before = await bob.GotoAsync(listUrl);
        Assert.Equal(404, before!.Status);
        await bob.GotoAsync(invite);
        await AssertAxeCleanAsync(bob, "/lists/join/{token}");
        await bob.GetByRole(AriaRole.Button, new() { Name = "Join the list" }).ClickAsync();
        await Assertions.Expect(bob.Locator("p.notice-inline[role=status]")).ToContainTextAsync("You joined this list");
        await Assertions.Expect(bob.Locator(".card-title").First).ToContainTextAsync("The Dark Knight");
        await Assertions.Expect(bob.Locator(".people-list").Last).ToContainTextAsync("Ann Lee");
        await AssertAxeCleanAsync(bob, "/lists/{id}");
        await Screenshots.SaveToDocsAsync(bob, "screenshot-shared-list.png");
        await bob.GotoAsync("/me/profile");
        await AssertAxeCleanAsync(bob, "/me/profile");
        Assert.Empty(annSession.PageErrors);
        Assert.Empty(bobSession.PageErrors);
    }

    private Task<BrowserSession> NewSessionAsync() => browser.NewSessionAsync(app.BaseAddress, o =>
    {
        o.ViewportSize = new ViewportSize { Width = 1280, Height = 1000 };
        o.ReducedMotion = ReducedMotion.Reduce;
    });

    private static async Task SignUpAsync(IPage page)
    {
        await page.GotoAsync("/account/register");
        await page.GetByLabel("E-mail").FillAsync($"social-{Guid.NewGuid():N}@example.org");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Repeat password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await page.WaitForURLAsync("**/for-you");
    }

    private async Task ChooseHandleAsync(IPage page, string handle, string name)
    {
        await page.GotoAsync("/me/profile");
        await AssertAxeCleanAsync(page, "/me/profile (new)");
        await page.GetByLabel("Handle").FillAsync(handle);
        await page.GetByLabel("Display name").FillAsync(name);
        await page.GetByLabel("Public profile").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.notice-inline[role=status]")).ToContainTextAsync("Profile saved");
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
