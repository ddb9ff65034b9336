using System.Net;
using System.Net.Http.Json;
using System.Text;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Social;

/// <summary>
/// Profiles, follows, blocks, the feed, reviews and "both want" over HTTP with two and three accounts, signed in by
/// cookie or bearer token, once per provider (classes at the bottom).
/// </summary>
public abstract class SocialApiTests(AccountsAppFixture fixture)
{
    private static readonly int Heat = TestMovies.Heat.Id;
    private static readonly int DarkKnight = TestMovies.DarkKnight.Id;
    private static readonly int Collateral = TestMovies.Collateral.Id;
    private AccountsWebApp App => fixture.App;

    public static TheoryData<string> Modes() => new() { "cookie", "bearer" };

    public static TheoryData<string, string> ProtectedRoutes() => new()
    {
        { "GET", "/api/v1/me/profile" },
        { "PUT", "/api/v1/me/profile" },
        { "PUT", "/api/v1/me/following/someone" },
        { "DELETE", "/api/v1/me/following/someone" },
        { "GET", "/api/v1/me/following" },
        { "GET", "/api/v1/me/followers" },
        { "PUT", "/api/v1/me/blocks/someone" },
        { "DELETE", "/api/v1/me/blocks/someone" },
        { "GET", "/api/v1/me/blocks" },
        { "GET", "/api/v1/me/feed" },
        { "GET", "/api/v1/me/reviews" },
        { "PUT", "/api/v1/me/reviews/949" },
        { "DELETE", "/api/v1/me/reviews/949" },
        { "GET", "/api/v1/users/someone/both-want" },
        { "GET", "/api/v1/lists" },
        { "POST", "/api/v1/lists" },
        { "PUT", "/api/v1/lists/6f1c3bb2-8f7e-4d55-9d3c-0a4f1b2c3d4e" },
        { "DELETE", "/api/v1/lists/6f1c3bb2-8f7e-4d55-9d3c-0a4f1b2c3d4e" },
        { "PUT", "/api/v1/lists/6f1c3bb2-8f7e-4d55-9d3c-0a4f1b2c3d4e/films/949" },
        { "POST", "/api/v1/lists/join/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" },
    };

    [SkippableTheory]
    [MemberData(nameof(ProtectedRoutes))]
    public async Task SocialRoute_SignedOut_Returns401Problem(string method, string path)
    {
        SkipWithoutDatabase();
        using var client = App.Factory.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method is "PUT" or "POST" ? JsonContent.Create(new { handle = "x", name = "x", text = "x" }) : null,
        });

        await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [SkippableTheory]
    [InlineData("{\"handle\":\"ab\"}")]
    [InlineData("{\"handle\":\"has space\"}")]
    [InlineData("{\"handle\":\"<script>\"}")]
    [InlineData("{\"handle\":\"ok_handle\",\"displayName\":\"" + "\\u0007bell\"}")]
    [InlineData("{}")]
    [InlineData("not json")]
    public async Task PutProfile_BadInput_400Problem(string body)
    {
        SkipWithoutDatabase();
        using var client = await App.BearerClientAsync();

        using var response = await client.PutAsync("/api/v1/me/profile", new StringContent(body, Encoding.UTF8, "application/json"));

        await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [SkippableFact]
    public async Task PutProfile_HandleOfSomeoneElse_409Problem()
    {
        SkipWithoutDatabase();
        var handle = NewHandle();
        using var ann = await PersonAsync("bearer", handle);
        using var bob = await App.BearerClientAsync();

        using var response = await bob.PutAsJsonAsync("/api/v1/me/profile", new { handle = handle.ToUpperInvariant(), isPublic = true });

        var problem = await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("urn:movierecommender:problem:handle-taken", problem.GetProperty("type").GetString());
    }

    [SkippableFact]
    public async Task GetUser_PrivateByDefault_404ForOthersAndAnonymousButVisibleToTheOwner()
    {
        SkipWithoutDatabase();
        var handle = NewHandle();
        using var owner = await App.BearerClientAsync();
        (await owner.PutAsJsonAsync("/api/v1/me/profile", new { handle })).EnsureSuccessStatusCode();
        using var other = await App.BearerClientAsync();
        using var anonymous = App.Factory.CreateClient();

        using var mine = await owner.GetAsync($"/api/v1/users/{handle}");
        using var theirs = await other.GetAsync($"/api/v1/users/{handle}");
        using var nobody = await anonymous.GetAsync($"/api/v1/users/{handle}/ratings");
        using var page = await anonymous.GetAsync($"/u/{handle}");

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        await HttpAssertions.AssertProblemAsync(theirs, HttpStatusCode.NotFound);
        await HttpAssertions.AssertProblemAsync(nobody, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(Modes))]
    public async Task Follow_PublicPerson_FeedShowsTheirRatingAndSpoilerReviewUntilUnfollowed(string mode)
    {
        SkipWithoutDatabase();
        var annHandle = NewHandle();
        using var ann = await PersonAsync("bearer", annHandle);
        using var me = await PersonAsync(mode, NewHandle());
        (await ann.PutAsJsonAsync($"/api/v1/me/ratings/{Heat}", new { rating = 4.5 })).EnsureSuccessStatusCode();
        (await ann.PutAsJsonAsync($"/api/v1/me/reviews/{DarkKnight}", new { text = "Joker <b>steals</b> it", containsSpoilers = true })).EnsureSuccessStatusCode();

        using var follow = await me.PutAsync($"/api/v1/me/following/{annHandle}", null);
        var feed = await HttpAssertions.JsonAsync(await me.GetAsync("/api/v1/me/feed"));
        var profile = await HttpAssertions.JsonAsync(await ann.GetAsync("/api/v1/me/profile"));
        using var unfollow = await me.DeleteAsync($"/api/v1/me/following/{annHandle}");
        var after = await HttpAssertions.JsonAsync(await me.GetAsync("/api/v1/me/feed"));

        Assert.Equal(HttpStatusCode.NoContent, follow.StatusCode);
        Assert.Equal(2, feed.GetProperty("total").GetInt32());
        var items = feed.GetProperty("results").EnumerateArray().ToList();
        var review = items.Single(i => i.GetProperty("kind").GetString() == "review");
        Assert.Equal("Joker <b>steals</b> it", review.GetProperty("text").GetString());
        Assert.True(review.GetProperty("containsSpoilers").GetBoolean());
        Assert.Equal(annHandle, review.GetProperty("person").GetProperty("handle").GetString());
        var rating = items.Single(i => i.GetProperty("kind").GetString() == "rating");
        Assert.Equal(4.5, rating.GetProperty("rating").GetDouble());
        Assert.Equal(Heat, rating.GetProperty("film").GetProperty("id").GetInt32());
        Assert.Equal(1, profile.GetProperty("followers").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, unfollow.StatusCode);
        Assert.Equal(0, after.GetProperty("total").GetInt32());
    }

    [SkippableFact]
    public async Task Follow_WithoutOwnHandle_403ProfileRequired()
    {
        SkipWithoutDatabase();
        var annHandle = NewHandle();
        using var ann = await PersonAsync("bearer", annHandle);
        using var me = await App.BearerClientAsync();

        using var response = await me.PutAsync($"/api/v1/me/following/{annHandle}", null);

        var problem = await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal("urn:movierecommender:problem:profile-required", problem.GetProperty("type").GetString());
    }

    [SkippableFact]
    public async Task ProfileMadePrivate_FollowerFeedAndProfile_ShowNothing()
    {
        SkipWithoutDatabase();
        var annHandle = NewHandle();
        using var ann = await PersonAsync("bearer", annHandle);
        using var me = await PersonAsync("bearer", NewHandle());
        (await me.PutAsync($"/api/v1/me/following/{annHandle}", null)).EnsureSuccessStatusCode();
        (await ann.PutAsJsonAsync($"/api/v1/me/ratings/{Heat}", new { rating = 3.0 })).EnsureSuccessStatusCode();

        (await ann.PutAsJsonAsync("/api/v1/me/profile", new { handle = annHandle, isPublic = false })).EnsureSuccessStatusCode();

        var feed = await HttpAssertions.JsonAsync(await me.GetAsync("/api/v1/me/feed"));
        Assert.Equal(0, feed.GetProperty("total").GetInt32());
        await HttpAssertions.AssertProblemAsync(await me.GetAsync($"/api/v1/users/{annHandle}"), HttpStatusCode.NotFound);
    }

    [SkippableTheory]
    [MemberData(nameof(Modes))]
    public async Task Block_ThreeAccounts_BlockedUserSeesNothingWhileTheThirdStillDoes(string mode)
    {
        SkipWithoutDatabase();
        var annHandle = NewHandle();
        var bobHandle = NewHandle();
        using var ann = await PersonAsync("bearer", annHandle);
        using var bob = await PersonAsync(mode, bobHandle);
        using var carol = await PersonAsync("bearer", NewHandle());
        (await bob.PutAsync($"/api/v1/me/following/{annHandle}", null)).EnsureSuccessStatusCode();
        (await carol.PutAsync($"/api/v1/me/following/{annHandle}", null)).EnsureSuccessStatusCode();
        var reviewText = "Review by " + annHandle;
        (await ann.PutAsJsonAsync($"/api/v1/me/reviews/{Heat}", new { text = reviewText })).EnsureSuccessStatusCode();

        using var block = await ann.PutAsync($"/api/v1/me/blocks/{bobHandle}", null);

        Assert.Equal(HttpStatusCode.NoContent, block.StatusCode);
        await HttpAssertions.AssertProblemAsync(await bob.GetAsync($"/api/v1/users/{annHandle}"), HttpStatusCode.NotFound);
        await HttpAssertions.AssertProblemAsync(await bob.GetAsync($"/api/v1/users/{annHandle}/reviews"), HttpStatusCode.NotFound);
        await HttpAssertions.AssertProblemAsync(await bob.PutAsync($"/api/v1/me/following/{annHandle}", null), HttpStatusCode.NotFound);
        Assert.Equal(0, (await HttpAssertions.JsonAsync(await bob.GetAsync("/api/v1/me/feed"))).GetProperty("total").GetInt32());
        Assert.DoesNotContain(reviewText, await bob.GetStringAsync($"/api/v1/movies/{Heat}/reviews?n=200"), StringComparison.Ordinal);
        Assert.DoesNotContain(reviewText, await bob.GetStringAsync($"/movies/{Heat}"), StringComparison.Ordinal);
        Assert.Equal(1, (await HttpAssertions.JsonAsync(await carol.GetAsync("/api/v1/me/feed"))).GetProperty("total").GetInt32());
        Assert.Contains(reviewText, await carol.GetStringAsync($"/api/v1/movies/{Heat}/reviews?n=200"), StringComparison.Ordinal);
        Assert.Contains(reviewText, await carol.GetStringAsync($"/movies/{Heat}"), StringComparison.Ordinal);
        var blocked = await HttpAssertions.JsonAsync(await ann.GetAsync("/api/v1/me/blocks"));
        Assert.Equal(bobHandle, blocked.GetProperty("results")[0].GetProperty("handle").GetString());
    }

    [SkippableFact]
    public async Task BothWant_OneWayFollowThenMutual_403ThenTheCommonFilms()
    {
        SkipWithoutDatabase();
        var annHandle = NewHandle();
        var bobHandle = NewHandle();
        using var ann = await PersonAsync("bearer", annHandle);
        using var bob = await PersonAsync("cookie", bobHandle);
        foreach (var id in new[] { Heat, DarkKnight })
        {
            (await ann.PutAsync($"/api/v1/me/watchlist/{id}", null)).EnsureSuccessStatusCode();
        }

        foreach (var id in new[] { DarkKnight, Collateral })
        {
            (await bob.PutAsync($"/api/v1/me/watchlist/{id}", null)).EnsureSuccessStatusCode();
        }

        (await ann.PutAsync($"/api/v1/me/following/{bobHandle}", null)).EnsureSuccessStatusCode();
        using var oneWay = await ann.GetAsync($"/api/v1/users/{bobHandle}/both-want");
        (await bob.PutAsync($"/api/v1/me/following/{annHandle}", null)).EnsureSuccessStatusCode();
        var both = await HttpAssertions.JsonAsync(await bob.GetAsync($"/api/v1/users/{annHandle}/both-want"));
        var page = await bob.GetStringAsync($"/u/{annHandle}");

        await HttpAssertions.AssertProblemAsync(oneWay, HttpStatusCode.Forbidden);
        Assert.Equal(DarkKnight, Assert.Single(both.GetProperty("results").EnumerateArray()).GetProperty("id").GetInt32());
        Assert.Contains("Films you both want to see", page, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("bell\u0007")]
    public async Task PutReview_BadText_400Problem(string text)
    {
        SkipWithoutDatabase();
        using var client = await App.BearerClientAsync();

        using var response = await client.PutAsJsonAsync($"/api/v1/me/reviews/{Heat}", new { text });

        await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [SkippableFact]
    public async Task PutReview_OverTheLimitOrUnknownFilm_400And404()
    {
        SkipWithoutDatabase();
        using var client = await App.BearerClientAsync();

        using var tooLong = await client.PutAsJsonAsync($"/api/v1/me/reviews/{Heat}", new { text = new string('a', 1001) });
        using var unknown = await client.PutAsJsonAsync("/api/v1/me/reviews/987654321", new { text = "fine" });

        await HttpAssertions.AssertProblemAsync(tooLong, HttpStatusCode.BadRequest);
        await HttpAssertions.AssertProblemAsync(unknown, HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task FilmPage_PublicReviewWithMarkup_RenderedEscapedAndSpoilerCollapsed()
    {
        SkipWithoutDatabase();
        using var ann = await PersonAsync("bearer", NewHandle());
        (await ann.PutAsJsonAsync($"/api/v1/me/reviews/{Collateral}", new { text = "<script>alert(1)</script> twist", containsSpoilers = true })).EnsureSuccessStatusCode();
        using var anonymous = App.Factory.CreateClient();

        var html = await anonymous.GetStringAsync($"/movies/{Collateral}");

        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; twist", html, StringComparison.Ordinal);
        Assert.Contains("Contains spoilers: show the review", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task CookieWrite_WithoutAntiforgeryToken_400Problem()
    {
        SkipWithoutDatabase();
        using var client = await App.CookieClientAsync(withAntiforgeryToken: false);

        using var response = await client.PutAsJsonAsync("/api/v1/me/profile", new { handle = NewHandle() });

        await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [SkippableFact]
    public async Task ProfilePage_FormPostWithoutToken_RejectedAndWithItSaved()
    {
        SkipWithoutDatabase();
        using var client = await App.CookieClientAsync(withAntiforgeryToken: false);
        var handle = NewHandle();
        var form = await client.GetStringAsync("/me/profile");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

        using var forged = await client.PostAsync("/me/profile", new FormUrlEncodedContent(new Dictionary<string, string> { ["handle"] = handle }));
        using var saved = await client.PostAsync("/me/profile", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["handle"] = handle, ["displayName"] = "Ann <b>", ["isPublic"] = "true", ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));
        var mine = await HttpAssertions.JsonAsync(await client.GetAsync("/api/v1/me/profile"));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.True(saved.IsSuccessStatusCode || saved.StatusCode == HttpStatusCode.Redirect, saved.StatusCode.ToString());
        Assert.Equal(handle, mine.GetProperty("handle").GetString());
        Assert.Equal("Ann <b>", mine.GetProperty("displayName").GetString());
        Assert.True(mine.GetProperty("isPublic").GetBoolean());
    }

    [SkippableFact]
    public async Task Export_WithSocialData_IncludesProfileFollowsReviewsAndLists()
    {
        SkipWithoutDatabase();
        var annHandle = NewHandle();
        using var ann = await PersonAsync("bearer", annHandle);
        using var me = await PersonAsync("bearer", NewHandle());
        (await me.PutAsync($"/api/v1/me/following/{annHandle}", null)).EnsureSuccessStatusCode();
        (await me.PutAsJsonAsync($"/api/v1/me/reviews/{Heat}", new { text = "Mine" })).EnsureSuccessStatusCode();
        (await me.PostAsJsonAsync("/api/v1/lists", new { name = "Exported list" })).EnsureSuccessStatusCode();

        var export = await HttpAssertions.JsonAsync(await me.GetAsync("/api/v1/me/export"));

        var social = export.GetProperty("social");
        Assert.True(social.GetProperty("profile").GetProperty("isPublic").GetBoolean());
        Assert.Equal(annHandle, social.GetProperty("following")[0].GetProperty("handle").GetString());
        Assert.Equal("Mine", social.GetProperty("reviews")[0].GetProperty("text").GetString());
        Assert.Equal("Exported list", social.GetProperty("lists")[0].GetProperty("name").GetString());
    }

    private static string NewHandle() => "u_" + Guid.NewGuid().ToString("N")[..12];

    private async Task<HttpClient> PersonAsync(string mode, string handle)
    {
        var client = await App.ClientAsync(mode);
        (await client.PutAsJsonAsync("/api/v1/me/profile", new { handle, displayName = "Name of " + handle, isPublic = true })).EnsureSuccessStatusCode();
        return client;
    }

    private void SkipWithoutDatabase() => Skip.If(App.Database.SkipReason is not null, App.Database.SkipReason);
}

public sealed class SqliteSocialApiTests(SqliteAccountsAppFixture fixture) : SocialApiTests(fixture), IClassFixture<SqliteAccountsAppFixture>;

public sealed class PostgresSocialApiTests(PostgresAccountsAppFixture fixture) : SocialApiTests(fixture), IClassFixture<PostgresAccountsAppFixture>;
