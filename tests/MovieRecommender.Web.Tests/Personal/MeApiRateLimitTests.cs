using System.Net;
using System.Net.Http.Json;
using MovieRecommender.Data.Registration;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Personal;

public sealed class MeApiRateLimitTests
{
    [Fact]
    public async Task PutRating_OverTheWritesLimit_429ForThatAccountOnlyNotForAnotherOnTheSameAddress()
    {
        // Arrange: three writes per window; both accounts come from the same test client address.
        await using var app = await AccountsWebApp.StartAsync(AccountsProvider.Sqlite, new Dictionary<string, string?>
        {
            ["RateLimiting:Policies:writes:PermitLimit"] = "3",
            ["RateLimiting:Policies:writes:WindowSeconds"] = "3600",
        });
        using var alice = await app.BearerClientAsync();
        using var bob = await app.BearerClientAsync();

        // Act
        var alices = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            alices.Add((await alice.PutAsJsonAsync($"/api/v1/me/ratings/{TestMovies.Heat.Id}", new { rating = 4.0 })).StatusCode);
        }

        using var bobs = await bob.PutAsJsonAsync($"/api/v1/me/ratings/{TestMovies.Heat.Id}", new { rating = 4.0 });

        // Assert
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], alices);
        Assert.Equal(HttpStatusCode.OK, bobs.StatusCode);
    }
}
