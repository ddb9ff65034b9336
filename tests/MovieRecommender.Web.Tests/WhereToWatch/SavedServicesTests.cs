using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MovieRecommender.Core.Watch;
using MovieRecommender.Data.Registration;
using MovieRecommender.Web.Tests.Infrastructure;
using MovieRecommender.Web.WhereToWatch;

namespace MovieRecommender.Web.Tests.WhereToWatch;

/// <summary>"My services" is saved in the account when signed in and in the mr_services cookie otherwise.</summary>
public sealed partial class SavedServicesTests : IAsyncLifetime
{
    private AccountsWebApp? _app;

    private AccountsWebApp App => _app ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        _app = await AccountsWebApp.StartAsync(AccountsProvider.Sqlite);
        _app.Factory.Services.GetRequiredService<WatchProvidersState>().Use(new WatchAvailability(
            [new WatchProvider(8, "Netflix", "/n.jpg", 0), new WatchProvider(15, "Hulu", null, 2)],
            new Dictionary<int, RegionWatchOptions[]>
            {
                [TestMovies.Heat.Id] = [new RegionWatchOptions("GB", "https://www.themoviedb.org/movie/949/watch?locale=GB", [new WatchOffer(8, WatchOfferKind.Stream)])],
            }));
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Save_SignedIn_StoredInTheAccountAndSeenFromAnotherDevice()
    {
        // Arrange
        var email = AccountsWebApp.NewEmail();
        using var laptop = await App.CookieClientAsync(email, withAntiforgeryToken: false);
        using var phone = App.Factory.CreateClient();
        (await phone.PostAsync("/api/v1/auth/login?useCookies=true", System.Net.Http.Json.JsonContent.Create(new { email, password = AccountsWebApp.Password }))).EnsureSuccessStatusCode();

        // Act
        using var saved = await PostServicesAsync(laptop, "8");
        var onPhone = await phone.GetStringAsync("/preferences/services?region=GB");

        // Assert
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.DoesNotContain(saved.Headers.TryGetValues("Set-Cookie", out var set) ? set : [], c => c.StartsWith(CookieWatchServicesStore.CookieName + "=8", StringComparison.Ordinal));
        await using var db = App.Database.CreateContext();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        Assert.Equal([8], await db.WatchServices.Where(s => s.UserId == user.Id).Select(s => s.ProviderId).ToListAsync());
        Assert.Matches("value=\"8\"[^>]*checked", onPhone);
    }

    [Fact]
    public async Task Save_Anonymous_StoredInTheCookieOnly()
    {
        // Arrange
        using var client = App.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        // Act
        using var saved = await PostServicesAsync(client, "15");

        // Assert
        Assert.Contains(saved.Headers.GetValues("Set-Cookie"), c => c.StartsWith(CookieWatchServicesStore.CookieName + "=15;", StringComparison.Ordinal));
        await using var db = App.Database.CreateContext();
        Assert.False(await db.WatchServices.AnyAsync(s => s.ProviderId == 15));
    }

    private static async Task<HttpResponseMessage> PostServicesAsync(HttpClient client, string providerId)
    {
        var form = await client.GetStringAsync("/preferences/services?region=GB");
        var token = WebUtility.HtmlDecode(TokenField().Match(form).Groups[1].Value);
        return await client.PostAsync("/preferences/services", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["services"] = providerId,
            ["__RequestVerificationToken"] = token,
        }));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
