using System.Net;
using System.Net.Http.Json;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Social;

/// <summary>Shared lists over HTTP: roles, invite links and isolation, with three accounts, once per provider.</summary>
public abstract class SharedListsApiTests(AccountsAppFixture fixture)
{
    private static readonly int Heat = TestMovies.Heat.Id;
    private static readonly int DarkKnight = TestMovies.DarkKnight.Id;
    private AccountsWebApp App => fixture.App;

    public static TheoryData<string> Modes() => new() { "cookie", "bearer" };

    [SkippableTheory]
    [MemberData(nameof(Modes))]
    public async Task InviteLink_MemberJoinsAndAddsAFilm_OutsiderSeesNothing(string mode)
    {
        SkipWithoutDatabase();
        using var owner = await PersonAsync("bearer");
        using var member = await PersonAsync(mode);
        using var outsider = await PersonAsync(mode);
        var list = await HttpAssertions.JsonAsync(await owner.PostAsJsonAsync("/api/v1/lists", new { name = "Friday <films>" }));
        var id = list.GetProperty("id").GetString();
        var token = new Uri(list.GetProperty("inviteUrl").GetString()!).Segments[^1];

        await HttpAssertions.AssertProblemAsync(await outsider.GetAsync($"/api/v1/lists/{id}"), HttpStatusCode.NotFound);
        using var join = await member.PostAsync($"/api/v1/lists/join/{token}", null);
        using var add = await member.PutAsync($"/api/v1/lists/{id}/films/{Heat}", null);
        var seen = await HttpAssertions.JsonAsync(await owner.GetAsync($"/api/v1/lists/{id}"));
        var mine = await HttpAssertions.JsonAsync(await member.GetAsync("/api/v1/lists"));

        Assert.Equal(HttpStatusCode.OK, join.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, add.StatusCode);
        Assert.Equal("Friday <films>", seen.GetProperty("name").GetString());
        Assert.Equal(Heat, seen.GetProperty("films").GetProperty("results")[0].GetProperty("id").GetInt32());
        Assert.Equal(["owner", "member"], seen.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("role").GetString()));
        Assert.Equal("member", Assert.Single(mine.GetProperty("results").EnumerateArray()).GetProperty("role").GetString());
        await HttpAssertions.AssertProblemAsync(await outsider.GetAsync($"/api/v1/lists/{id}"), HttpStatusCode.NotFound);
        await HttpAssertions.AssertProblemAsync(await outsider.PutAsync($"/api/v1/lists/{id}/films/{DarkKnight}", null), HttpStatusCode.NotFound);
        Assert.DoesNotContain("Friday", await outsider.GetStringAsync("/api/v1/lists"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Member_OwnerOnlyActions_403AndNoInviteUrl()
    {
        SkipWithoutDatabase();
        using var owner = await PersonAsync("bearer");
        using var member = await PersonAsync("cookie");
        var (id, token) = await NewListAsync(owner);
        (await member.PostAsync($"/api/v1/lists/join/{token}", null)).EnsureSuccessStatusCode();

        var seen = await HttpAssertions.JsonAsync(await member.GetAsync($"/api/v1/lists/{id}"));
        using var rename = await member.PutAsJsonAsync($"/api/v1/lists/{id}", new { name = "Mine now" });
        using var invite = await member.PostAsync($"/api/v1/lists/{id}/invite", null);
        using var delete = await member.DeleteAsync($"/api/v1/lists/{id}");

        Assert.False(seen.TryGetProperty("inviteUrl", out _));
        Assert.Equal("member", seen.GetProperty("role").GetString());
        await HttpAssertions.AssertProblemAsync(rename, HttpStatusCode.Forbidden);
        await HttpAssertions.AssertProblemAsync(invite, HttpStatusCode.Forbidden);
        await HttpAssertions.AssertProblemAsync(delete, HttpStatusCode.Forbidden);
    }

    [SkippableFact]
    public async Task RenewInvite_OldLink_404AndNewLinkWorks()
    {
        SkipWithoutDatabase();
        using var owner = await PersonAsync("bearer");
        using var friend = await PersonAsync("bearer");
        var (id, oldToken) = await NewListAsync(owner);

        var renewed = await HttpAssertions.JsonAsync(await owner.PostAsync($"/api/v1/lists/{id}/invite", null));
        var newToken = new Uri(renewed.GetProperty("inviteUrl").GetString()!).Segments[^1];

        await HttpAssertions.AssertProblemAsync(await friend.PostAsync($"/api/v1/lists/join/{oldToken}", null), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await friend.PostAsync($"/api/v1/lists/join/{newToken}", null)).StatusCode);
    }

    [SkippableFact]
    public async Task OwnerRemovesMember_MemberSeesNothingAfterwards()
    {
        SkipWithoutDatabase();
        using var owner = await PersonAsync("bearer");
        var memberHandle = NewHandle();
        using var member = await PersonAsync("bearer", memberHandle);
        var (id, token) = await NewListAsync(owner);
        (await member.PostAsync($"/api/v1/lists/join/{token}", null)).EnsureSuccessStatusCode();

        using var remove = await owner.DeleteAsync($"/api/v1/lists/{id}/members/{memberHandle}");

        Assert.Equal(HttpStatusCode.NoContent, remove.StatusCode);
        await HttpAssertions.AssertProblemAsync(await member.GetAsync($"/api/v1/lists/{id}"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/lists/{id}")).StatusCode);
    }

    [SkippableFact]
    public async Task BlockedByOwner_CannotJoinOrViewEvenAPublicList()
    {
        SkipWithoutDatabase();
        using var owner = await PersonAsync("bearer");
        var blockedHandle = NewHandle();
        using var blocked = await PersonAsync("bearer", blockedHandle);
        var (id, token) = await NewListAsync(owner, isPublic: true);
        using var anonymous = App.Factory.CreateClient();

        (await owner.PutAsync($"/api/v1/me/blocks/{blockedHandle}", null)).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/v1/lists/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/lists/{id}")).StatusCode);
        await HttpAssertions.AssertProblemAsync(await blocked.GetAsync($"/api/v1/lists/{id}"), HttpStatusCode.NotFound);
        await HttpAssertions.AssertProblemAsync(await blocked.PostAsync($"/api/v1/lists/join/{token}", null), HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task PublicList_Page_HasOpenGraphCardOfItsFilms()
    {
        SkipWithoutDatabase();
        using var owner = await PersonAsync("bearer");
        var (id, _) = await NewListAsync(owner, isPublic: true);
        (await owner.PutAsync($"/api/v1/lists/{id}/films/{Heat}", null)).EnsureSuccessStatusCode();
        using var anonymous = App.Factory.CreateClient();

        var html = await anonymous.GetStringAsync($"/lists/{id}");

        Assert.Contains("property=\"og:title\" content=\"Weekend\"", html, StringComparison.Ordinal);
        Assert.Contains($"/share/recommendations.png?id={Heat}", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/lists/join/", html, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("{\"name\":\"\"}")]
    [InlineData("{\"name\":\"" + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}")]
    [InlineData("[]")]
    public async Task CreateList_BadName_400Problem(string body)
    {
        SkipWithoutDatabase();
        using var owner = await PersonAsync("bearer");

        using var response = await owner.PostAsync("/api/v1/lists", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [SkippableFact]
    public async Task JoinOrOpen_MalformedIdOrToken_404NotAServerError()
    {
        SkipWithoutDatabase();
        using var client = await PersonAsync("bearer");

        await HttpAssertions.AssertProblemAsync(await client.PostAsync("/api/v1/lists/join/short", null), HttpStatusCode.NotFound);
        await HttpAssertions.AssertProblemAsync(await client.PostAsync("/api/v1/lists/join/" + new string('%', 3), null), HttpStatusCode.NotFound);
        using var browser = await PersonAsync("cookie");
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/lists/not-a-guid")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/lists/join/" + new string('A', 32))).StatusCode);
    }

    private static string NewHandle() => "l_" + Guid.NewGuid().ToString("N")[..12];

    private static async Task<(string Id, string Token)> NewListAsync(HttpClient owner, bool isPublic = false)
    {
        var list = await HttpAssertions.JsonAsync(await owner.PostAsJsonAsync("/api/v1/lists", new { name = "Weekend", isPublic }));
        return (list.GetProperty("id").GetString()!, new Uri(list.GetProperty("inviteUrl").GetString()!).Segments[^1]);
    }

    private async Task<HttpClient> PersonAsync(string mode, string? handle = null)
    {
        var client = await App.ClientAsync(mode);
        (await client.PutAsJsonAsync("/api/v1/me/profile", new { handle = handle ?? NewHandle(), isPublic = true })).EnsureSuccessStatusCode();
        return client;
    }

    private void SkipWithoutDatabase() => Skip.If(App.Database.SkipReason is not null, App.Database.SkipReason);
}

public sealed class SqliteSharedListsApiTests(SqliteAccountsAppFixture fixture) : SharedListsApiTests(fixture), IClassFixture<SqliteAccountsAppFixture>;

public sealed class PostgresSharedListsApiTests(PostgresAccountsAppFixture fixture) : SharedListsApiTests(fixture), IClassFixture<PostgresAccountsAppFixture>;
