using System.Net;
using System.Net.Http.Json;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Personal;

public sealed class ForYouApiTests(SqliteAccountsAppFixture fixture) : IClassFixture<SqliteAccountsAppFixture>
{
    [Fact]
    public async Task GetRecommendations_EmptyProfile_200WithNoResults()
    {
        using var client = await fixture.App.BearerClientAsync();

        using var response = await client.GetAsync("/api/v1/me/recommendations");
        var body = await HttpAssertions.JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, body.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task GetRecommendations_RatedFilms_WeightedSeedsAndSeenFilmsExcluded()
    {
        using var client = await fixture.App.BearerClientAsync();
        (await client.PutAsJsonAsync($"/api/v1/me/ratings/{TestMovies.Heat.Id}", new { rating = 5.0 })).EnsureSuccessStatusCode();
        (await client.PutAsJsonAsync($"/api/v1/me/ratings/{TestMovies.DarkKnight.Id}", new { rating = 1.0 })).EnsureSuccessStatusCode();
        (await client.PutAsync($"/api/v1/me/watchlist/{TestMovies.Collateral.Id}", null)).EnsureSuccessStatusCode();

        using var response = await client.GetAsync("/api/v1/me/recommendations?n=5&minYear=1990&diversity=0.3");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = fixture.App.Factory.Recommender.LastRequest!;
        Assert.Equal(request.SeedIds.Count, request.SeedWeights.Count);
        var weights = request.SeedIds.Zip(request.SeedWeights).ToDictionary(p => p.First, p => p.Second);
        Assert.True(weights[TestMovies.Heat.Id] > 0);
        Assert.True(weights[TestMovies.DarkKnight.Id] < 0, "a 1★ among 5★ ratings counts against");
        Assert.Contains(TestMovies.Collateral.Id, request.ExcludeIds);
        Assert.Equal(5, request.Count);
        Assert.Equal(1990, request.Filter.MinYear);
        Assert.Equal(0.3, request.Diversity);
    }

    [Fact]
    public async Task GetRecommendations_HideSeenFalse_ExcludesNothing()
    {
        using var client = await fixture.App.BearerClientAsync();
        (await client.PutAsJsonAsync($"/api/v1/me/ratings/{TestMovies.Heat.Id}", new { rating = 5.0 })).EnsureSuccessStatusCode();

        (await client.GetAsync("/api/v1/me/recommendations?hideSeen=false")).EnsureSuccessStatusCode();

        Assert.Empty(fixture.App.Factory.Recommender.LastRequest!.ExcludeIds);
    }

    [Theory]
    [InlineData("diversity=2")]
    [InlineData("n=0")]
    [InlineData("hideSeen=maybe")]
    public async Task GetRecommendations_BadParameter_400(string query)
    {
        using var client = await fixture.App.BearerClientAsync();

        using var response = await client.GetAsync("/api/v1/me/recommendations?" + query);

        await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ForYouPage_SignedOut_RedirectsToSignIn()
    {
        using var client = fixture.App.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/for-you");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForYouPage_EmptyProfile_ShowsTheStartPageWithFilmsToRate()
    {
        using var client = await fixture.App.CookieClientAsync();

        var html = await client.GetStringAsync("/for-you");

        Assert.Contains("Rate a few films to get started", html, StringComparison.Ordinal);
        Assert.Contains("data-film-actions", html, StringComparison.Ordinal);
    }
}
