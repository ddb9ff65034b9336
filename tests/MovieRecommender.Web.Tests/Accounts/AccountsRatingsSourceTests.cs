using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using MovieRecommender.Core.Collaborative;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Accounts;

/// <summary>The background retrain's view of the accounts database: what people rate in the app is what it reads.</summary>
public sealed class AccountsRatingsSourceTests(SqliteAccountsAppFixture fixture) : IClassFixture<SqliteAccountsAppFixture>
{
    [Fact]
    public async Task ReadAllAsync_RatingsGivenThroughTheApi_ReadsThemInStars()
    {
        // Arrange
        using var client = await fixture.App.BearerClientAsync();
        (await client.PutAsJsonAsync($"/api/v1/me/ratings/{TestMovies.Heat.Id}", new { rating = 4.5 })).EnsureSuccessStatusCode();
        (await client.PutAsJsonAsync($"/api/v1/me/ratings/{TestMovies.Collateral.Id}", new { rating = 1.0 })).EnsureSuccessStatusCode();
        var source = fixture.App.Factory.Services.GetRequiredService<IAppRatingsSource>();

        // Act
        long count = await source.CountAsync();
        var ratings = await source.ReadAllAsync().ToListAsync();

        // Assert
        Assert.Equal(count, ratings.Count);
        Assert.Contains(ratings, r => r.MovieId == TestMovies.Heat.Id && r.Rating == 4.5f);
        Assert.Contains(ratings, r => r.MovieId == TestMovies.Collateral.Id && r.Rating == 1.0f);
        Assert.Single(ratings.Select(r => r.UserId).Distinct());
    }
}
