using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MovieRecommender.Core.Watch;
using MovieRecommender.Web.Tests.Infrastructure;
using MovieRecommender.Web.WhereToWatch;

namespace MovieRecommender.Web.Tests.WhereToWatch;

public sealed class WhereToWatchPageTests
{
    [Fact]
    public async Task Details_NoProvidersInModel_HasNoWhereToWatchSection()
    {
        // Arrange
        using var factory = new WebAppFactory();
        var client = factory.CreateClient();

        // Act
        var html = await client.GetStringAsync($"/movies/{TestMovies.Heat.Id}");

        // Assert
        Assert.DoesNotContain("Where to watch", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Streaming services", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_BrowserLanguageNamesRegion_ShowsThatRegionsOffersWithLink()
    {
        // Arrange
        using var factory = WithProviders();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB,en;q=0.8");

        // Act
        var html = await client.GetStringAsync($"/movies/{TestMovies.Heat.Id}");

        // Assert
        Assert.Contains("Where to watch in United Kingdom", html, StringComparison.Ordinal);
        Assert.Contains("Netflix", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://www.themoviedb.org/movie/949/watch?locale=GB\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Hulu", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_RegionWithoutOffers_SaysSoWithoutInventingAny()
    {
        // Arrange
        using var factory = WithProviders();
        var client = factory.CreateClient();

        // Act
        var html = await client.GetStringAsync($"/movies/{TestMovies.Heat.Id}?region=FR");

        // Assert
        Assert.Contains("Where to watch in France", html, StringComparison.Ordinal);
        Assert.Contains("No streaming, rental or purchase offer is known", html, StringComparison.Ordinal);
        Assert.DoesNotContain("watch-provider\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_RegionPicked_RemembersItInCookie()
    {
        // Arrange
        using var factory = WithProviders();
        var client = factory.CreateClient();

        // Act
        using var response = await client.GetAsync($"/movies/{TestMovies.Heat.Id}?region=us");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("mr_region=", StringComparison.Ordinal));
        Assert.StartsWith("mr_region=US;", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Hulu", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("services=0")]
    [InlineData("services=abc")]
    [InlineData("region=GBR&services=8")]
    public async Task TopRatedApi_BadServicesFilter_Returns400NamingParameter(string query)
    {
        // Arrange
        using var factory = WithProviders();
        var client = factory.CreateClient();

        // Act
        using var response = await client.GetAsync("/api/v1/movies/top-rated?" + query);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(body.Contains("services", StringComparison.Ordinal) || body.Contains("region", StringComparison.Ordinal), body);
    }

    [Fact]
    public async Task ServicesPreferences_Saved_StoredInCookieAndRedirectsOnlyLocally()
    {
        // Arrange
        using var factory = WithProviders();
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await client.GetStringAsync("/preferences/services?region=GB");
        var token = AntiforgeryToken(page);
        using var form = new FormUrlEncodedContent(
        [
            new("services", "8"), new("services", "77777"), new("returnUrl", "https://evil.example/"),
            new("__RequestVerificationToken", token),
        ]);

        // Act
        using var response = await client.PostAsync("/preferences/services", form);

        // Assert: unknown provider ids are dropped, and an outside return address is never used.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/preferences/services?saved=true", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("mr_services=", StringComparison.Ordinal));
        Assert.StartsWith("mr_services=8;", cookie, StringComparison.Ordinal);
    }

    private static string AntiforgeryToken(string html)
    {
        const string marker = "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"";
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, "the form has no antiforgery token");
        start += marker.Length;
        return html[start..html.IndexOf('"', start)];
    }

    private static WebAppFactory WithProviders()
    {
        var factory = new WebAppFactory();
        factory.Services.GetRequiredService<WatchProvidersState>().Use(new WatchAvailability(
            [new WatchProvider(8, "Netflix", "/n.jpg", 0), new WatchProvider(15, "Hulu", null, 2)],
            new Dictionary<int, RegionWatchOptions[]>
            {
                [TestMovies.Heat.Id] =
                [
                    new RegionWatchOptions("GB", "https://www.themoviedb.org/movie/949/watch?locale=GB", [new WatchOffer(8, WatchOfferKind.Stream)]),
                    new RegionWatchOptions("US", "https://www.themoviedb.org/movie/949/watch?locale=US", [new WatchOffer(15, WatchOfferKind.Stream)]),
                ],
            }));
        return factory;
    }
}
