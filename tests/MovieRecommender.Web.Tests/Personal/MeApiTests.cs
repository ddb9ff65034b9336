using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MovieRecommender.Analytics;
using MovieRecommender.Data.Personal;
using MovieRecommender.Web.Analytics;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Personal;

/// <summary>The accounts and /api/v1/me endpoints end to end over HTTP, once per provider (classes at the bottom).</summary>
public abstract class MeApiTests(AccountsAppFixture fixture)
{
    private static readonly int Heat = TestMovies.Heat.Id;
    private static readonly int DarkKnight = TestMovies.DarkKnight.Id;
    private AccountsWebApp App => fixture.App;

    public static TheoryData<string> Modes() => new() { "cookie", "bearer" };

    public static TheoryData<string, string> ProtectedRoutes() => new()
    {
        { "GET", "/api/v1/me/ratings" },
        { "PUT", "/api/v1/me/ratings/949" },
        { "DELETE", "/api/v1/me/ratings/949" },
        { "GET", "/api/v1/me/likes" },
        { "PUT", "/api/v1/me/likes/949" },
        { "DELETE", "/api/v1/me/likes/949" },
        { "GET", "/api/v1/me/watchlist" },
        { "PUT", "/api/v1/me/watchlist/949" },
        { "DELETE", "/api/v1/me/watchlist/949" },
        { "GET", "/api/v1/me/watched" },
        { "PUT", "/api/v1/me/watched/949" },
        { "DELETE", "/api/v1/me/watched/949" },
        { "GET", "/api/v1/me/history" },
        { "GET", "/api/v1/me/marks?id=949" },
        { "GET", "/api/v1/me/export" },
        { "DELETE", "/api/v1/me" },
    };

    [SkippableTheory]
    [MemberData(nameof(ProtectedRoutes))]
    public async Task MeRoute_SignedOut_Returns401Problem(string method, string path)
    {
        SkipWithoutDatabase();
        using var client = App.Factory.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "PUT" ? JsonContent.Create(new { rating = 4.5 }) : null,
        });

        await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [SkippableFact]
    public async Task Register_ShortPassword_400NamingTheRule()
    {
        SkipWithoutDatabase();

        using var response = await App.RegisterAsync(AccountsWebApp.NewEmail(), "short");

        var problem = await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("PasswordTooShort", out _), problem.ToString());
    }

    [SkippableFact]
    public async Task Login_WrongPasswordRepeatedly_LocksTheAccountEvenForTheRightPassword()
    {
        SkipWithoutDatabase();
        var email = AccountsWebApp.NewEmail();
        (await App.RegisterAsync(email)).EnsureSuccessStatusCode();
        using var client = App.Factory.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "not the password at all" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var right = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = AccountsWebApp.Password });
        var problem = await HttpAssertions.AssertProblemAsync(right, HttpStatusCode.Unauthorized);
        Assert.Equal("LockedOut", problem.GetProperty("detail").GetString());
    }

    [SkippableFact]
    public async Task LoginWithCookies_Response_SetsHttpOnlyLaxCookie()
    {
        SkipWithoutDatabase();
        var email = AccountsWebApp.NewEmail();
        (await App.RegisterAsync(email)).EnsureSuccessStatusCode();
        using var client = App.Factory.CreateClient();

        using var login = await client.PostAsJsonAsync("/api/v1/auth/login?useCookies=true", new { email, password = AccountsWebApp.Password });

        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("mr_auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [SkippableTheory]
    [InlineData("{\"rating\":0.3}")]
    [InlineData("{\"rating\":5.5}")]
    [InlineData("{\"rating\":0}")]
    [InlineData("{\"rating\":\"NaN\"}")]
    [InlineData("{\"rating\":null}")]
    [InlineData("{}")]
    [InlineData("not json")]
    public async Task PutRating_BadRating_400Problem(string body)
    {
        SkipWithoutDatabase();
        using var client = await App.BearerClientAsync();

        using var response = await client.PutAsync($"/api/v1/me/ratings/{Heat}", new StringContent(body, Encoding.UTF8, "application/json"));

        await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [SkippableFact]
    public async Task PutRating_UnknownFilm_404Problem()
    {
        SkipWithoutDatabase();
        using var client = await App.BearerClientAsync();

        using var response = await client.PutAsJsonAsync("/api/v1/me/ratings/987654321", new { rating = 4.0 });

        await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [SkippableTheory]
    [MemberData(nameof(Modes))]
    public async Task PutRating_ThenList_ShowsTheFilmAndDeleteRemovesIt(string mode)
    {
        SkipWithoutDatabase();
        using var client = await App.ClientAsync(mode);

        using var put = await client.PutAsJsonAsync($"/api/v1/me/ratings/{Heat}", new { rating = 4.5 });
        var listed = await HttpAssertions.JsonAsync(await client.GetAsync("/api/v1/me/ratings"));
        using var delete = await client.DeleteAsync($"/api/v1/me/ratings/{Heat}");
        var after = await HttpAssertions.JsonAsync(await client.GetAsync("/api/v1/me/ratings"));

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(1, listed.GetProperty("total").GetInt32());
        var film = listed.GetProperty("results")[0];
        Assert.Equal(Heat, film.GetProperty("id").GetInt32());
        Assert.Equal("Heat", film.GetProperty("title").GetString());
        Assert.Equal(4.5, film.GetProperty("rating").GetDouble());
        Assert.True(film.GetProperty("available").GetBoolean());
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(0, after.GetProperty("total").GetInt32());
    }

    [SkippableFact]
    public async Task PutRating_CookieWithoutAntiforgeryToken_400AndNothingStored()
    {
        SkipWithoutDatabase();
        using var client = await App.CookieClientAsync(withAntiforgeryToken: false);

        using var response = await client.PutAsJsonAsync($"/api/v1/me/ratings/{Heat}", new { rating = 4.5 });
        var listed = await HttpAssertions.JsonAsync(await client.GetAsync("/api/v1/me/ratings"));

        await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(0, listed.GetProperty("total").GetInt32());
    }

    [SkippableFact]
    public async Task PutRating_TwoTabsAtOnce_OneRatingAndNo500()
    {
        SkipWithoutDatabase();
        using var client = await App.CookieClientAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            client.PutAsJsonAsync($"/api/v1/me/ratings/{Heat}", new { rating = i % 2 == 0 ? 2.0 : 4.0 })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var listed = await HttpAssertions.JsonAsync(await client.GetAsync("/api/v1/me/ratings"));
        Assert.Equal(1, listed.GetProperty("total").GetInt32());
    }

    [SkippableTheory]
    [MemberData(nameof(Modes))]
    public async Task EveryMeRoute_TwoAccounts_NeitherSeesNorChangesTheOther(string mode)
    {
        SkipWithoutDatabase();
        using var alice = await App.ClientAsync(mode);
        using var bob = await App.ClientAsync(mode);
        (await alice.PutAsJsonAsync($"/api/v1/me/ratings/{Heat}", new { rating = 5.0 })).EnsureSuccessStatusCode();
        (await alice.PutAsync($"/api/v1/me/likes/{Heat}", null)).EnsureSuccessStatusCode();
        (await alice.PutAsync($"/api/v1/me/watchlist/{DarkKnight}", null)).EnsureSuccessStatusCode();
        (await alice.PutAsJsonAsync($"/api/v1/me/watched/{Heat}", new { watchedOn = "2024-01-02" })).EnsureSuccessStatusCode();

        // Bob reads every list and tries to remove Alice's films through his own routes.
        foreach (var list in new[] { "ratings", "likes", "watchlist", "watched", "history" })
        {
            var page = await HttpAssertions.JsonAsync(await bob.GetAsync($"/api/v1/me/{list}"));
            Assert.Equal(0, page.GetProperty("total").GetInt32());
        }

        var bobsMarks = await HttpAssertions.JsonAsync(await bob.GetAsync($"/api/v1/me/marks?id={Heat}&id={DarkKnight}"));
        Assert.Equal(0, bobsMarks.GetProperty("marks").GetArrayLength());
        var bobsExport = await HttpAssertions.JsonAsync(await bob.GetAsync("/api/v1/me/export"));
        Assert.Equal(0, bobsExport.GetProperty("ratings").GetArrayLength());
        foreach (var path in new[] { "ratings", "likes", "watched" })
        {
            Assert.Equal(HttpStatusCode.NoContent, (await bob.DeleteAsync($"/api/v1/me/{path}/{Heat}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NoContent, (await bob.DeleteAsync($"/api/v1/me/watchlist/{DarkKnight}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await bob.DeleteAsync("/api/v1/me")).StatusCode);

        // Alice still has everything.
        var marks = await HttpAssertions.JsonAsync(await alice.GetAsync($"/api/v1/me/marks?id={Heat}&id={DarkKnight}"));
        var heat = marks.GetProperty("marks").EnumerateArray().Single(m => m.GetProperty("id").GetInt32() == Heat);
        Assert.Equal(5.0, heat.GetProperty("rating").GetDouble());
        Assert.True(heat.GetProperty("liked").GetBoolean());
        Assert.Equal("2024-01-02", heat.GetProperty("watchedOn").GetString());
        Assert.Contains(marks.GetProperty("marks").EnumerateArray(), m => m.GetProperty("id").GetInt32() == DarkKnight && m.GetProperty("onWatchlist").GetBoolean());
        Assert.Equal(1, (await HttpAssertions.JsonAsync(await alice.GetAsync("/api/v1/me/history"))).GetProperty("total").GetInt32());
    }

    [SkippableFact]
    public async Task PutWatched_FutureDate_400()
    {
        SkipWithoutDatabase();
        using var client = await App.BearerClientAsync();

        using var response = await client.PutAsJsonAsync($"/api/v1/me/watched/{Heat}", new { watchedOn = "2999-01-01" });

        await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [SkippableFact]
    public async Task GetRatings_FilmMissingFromTheModel_KeptAndShownUnavailable()
    {
        SkipWithoutDatabase();
        using var client = await App.BearerClientAsync();
        var userId = (await HttpAssertions.JsonAsync(await client.GetAsync("/api/v1/me/export"))).GetProperty("account").GetProperty("id").GetString()!;
        await using (var db = App.Database.CreateContext())
        {
            await new PersonalDataStore(db).SetRatingAsync(userId, 424242, 8, DateTime.UtcNow);
        }

        var listed = await HttpAssertions.JsonAsync(await client.GetAsync("/api/v1/me/ratings"));

        var film = Assert.Single(listed.GetProperty("results").EnumerateArray());
        Assert.Equal(424242, film.GetProperty("id").GetInt32());
        Assert.False(film.GetProperty("available").GetBoolean());
        Assert.Equal(4.0, film.GetProperty("rating").GetDouble());
    }

    [SkippableFact]
    public async Task DeleteMe_AccountWithData_RemovesTheAccountAndEveryRow()
    {
        SkipWithoutDatabase();
        var email = AccountsWebApp.NewEmail();
        using var client = await App.BearerClientAsync(email);
        var userId = (await HttpAssertions.JsonAsync(await client.GetAsync("/api/v1/me/export"))).GetProperty("account").GetProperty("id").GetString()!;
        (await client.PutAsJsonAsync($"/api/v1/me/ratings/{Heat}", new { rating = 3.5 })).EnsureSuccessStatusCode();
        (await client.PutAsJsonAsync($"/api/v1/me/watched/{Heat}", new { })).EnsureSuccessStatusCode();

        using var delete = await client.DeleteAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        await using var db = App.Database.CreateContext();
        Assert.False(await db.Users.AnyAsync(u => u.Id == userId));
        Assert.False(await db.Ratings.AnyAsync(r => r.UserId == userId));
        Assert.False(await db.History.AnyAsync(r => r.UserId == userId));
        using var anonymous = App.Factory.CreateClient();
        using var login = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = AccountsWebApp.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }

    [SkippableFact]
    public async Task DeleteMe_AfterRecordingEvents_DeletesTheUsersAnalyticsRowsAndKeepsOthers()
    {
        SkipWithoutDatabase();
        using var alice = await App.BearerClientAsync();
        using var bob = await App.BearerClientAsync();
        var aliceKey = await SubjectKeyAsync(alice);
        var bobKey = await SubjectKeyAsync(bob);
        var events = new[] { new { type = "impression", movieId = Heat, list = "top-rated" }, new { type = "click", movieId = Heat, list = "top-rated" } };
        (await alice.PostAsJsonAsync("/api/v1/events", events)).EnsureSuccessStatusCode();
        (await bob.PostAsJsonAsync("/api/v1/events", events)).EnsureSuccessStatusCode();
        Assert.Contains(await App.Factory.WaitForEventAsync(e => e.Subject == aliceKey && e.Kind == AnalyticsEventKind.Click), e => e.Subject == aliceKey);
        Assert.Contains(await App.Factory.WaitForEventAsync(e => e.Subject == bobKey && e.Kind == AnalyticsEventKind.Click), e => e.Subject == bobKey);

        using var delete = await bob.DeleteAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        await using var analytics = App.Factory.Services.GetRequiredService<AnalyticsDbContextFactory>().CreateDbContext();
        Assert.Equal(0, await analytics.Events.CountAsync(e => e.Subject == bobKey));
        Assert.Equal(2, await analytics.Events.CountAsync(e => e.Subject == aliceKey));
    }

    [SkippableFact]
    public async Task Export_AccountWithData_HasEveryListAndNoSecrets()
    {
        SkipWithoutDatabase();
        using var client = await App.BearerClientAsync();
        (await client.PutAsJsonAsync($"/api/v1/me/ratings/{Heat}", new { rating = 3.5 })).EnsureSuccessStatusCode();
        (await client.PutAsync($"/api/v1/me/watchlist/{DarkKnight}", null)).EnsureSuccessStatusCode();

        using var response = await client.GetAsync("/api/v1/me/export");
        var text = await response.Content.ReadAsStringAsync();
        var export = JsonDocument.Parse(text).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3.5, export.GetProperty("ratings")[0].GetProperty("rating").GetDouble());
        Assert.Equal(DarkKnight, export.GetProperty("watchlist")[0].GetProperty("id").GetInt32());
        Assert.DoesNotContain("PasswordHash", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("SecurityStamp", text, StringComparison.OrdinalIgnoreCase);
    }

    // What the analytics tables store for this signed-in client.
    private static async Task<string> SubjectKeyAsync(HttpClient client)
    {
        var userId = (await HttpAssertions.JsonAsync(await client.GetAsync("/api/v1/me/export"))).GetProperty("account").GetProperty("id").GetString()!;
        return AnalyticsSubject.StoredKey(AnalyticsSubject.ForUser(userId));
    }

    private void SkipWithoutDatabase() => Skip.If(App.Database.SkipReason is not null, App.Database.SkipReason);
}

public sealed class SqliteMeApiTests(SqliteAccountsAppFixture fixture) : MeApiTests(fixture), IClassFixture<SqliteAccountsAppFixture>;

public sealed class PostgresMeApiTests(PostgresAccountsAppFixture fixture) : MeApiTests(fixture), IClassFixture<PostgresAccountsAppFixture>;
