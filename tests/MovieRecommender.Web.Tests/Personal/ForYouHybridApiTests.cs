using System.Net;
using System.Net.Http.Json;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Personal;

/// <summary>"For you" when the served model was trained with ratings: the profile goes to the hybrid.</summary>
public sealed class ForYouHybridApiTests : IClassFixture<SqliteAccountsAppFixture>
{
    private readonly SqliteAccountsAppFixture _fixture;

    public ForYouHybridApiTests(SqliteAccountsAppFixture fixture)
    {
        _fixture = fixture;
        _fixture.App.Factory.Recommender.ServesHybrid = true;
    }

    [Fact]
    public async Task GetRecommendations_HybridModel_RanksTheProfileWithTheHybridAndSaysSo()
    {
        // Arrange: of the four test films one is rated 5★, one 2★ and one on the watchlist, so one is left to recommend.
        using var client = await _fixture.App.BearerClientAsync();
        (await client.PutAsJsonAsync($"/api/v1/me/ratings/{TestMovies.Heat.Id}", new { rating = 5.0 })).EnsureSuccessStatusCode();
        (await client.PutAsJsonAsync($"/api/v1/me/ratings/{TestMovies.DarkKnight.Id}", new { rating = 2.0 })).EnsureSuccessStatusCode();
        (await client.PutAsync($"/api/v1/me/watchlist/{TestMovies.Collateral.Id}", null)).EnsureSuccessStatusCode();

        // Act
        using var response = await client.GetAsync("/api/v1/me/recommendations?n=3");
        var body = await HttpAssertions.JsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("hybrid", body.GetProperty("algorithm").GetString());
        var request = _fixture.App.Factory.Recommender.LastProfileRequest!;
        Assert.Equal(5.0f, request.Ratings.Single(r => r.MovieId == TestMovies.Heat.Id).Rating);
        Assert.Equal(2.0f, request.Ratings.Single(r => r.MovieId == TestMovies.DarkKnight.Id).Rating);
        Assert.Contains(TestMovies.Collateral.Id, request.ExcludeIds);
        var result = Assert.Single(body.GetProperty("results").EnumerateArray());
        Assert.Equal(TestMovies.Hostile.Id, result.GetProperty("id").GetInt32());
        Assert.Equal(TestMovies.Heat.Id, result.GetProperty("because")[0].GetProperty("id").GetInt32());
    }
}
