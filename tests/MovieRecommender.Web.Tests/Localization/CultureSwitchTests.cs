using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Localization;

/// <summary>POST /culture: the language switcher's target.</summary>
public sealed class CultureSwitchTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task Post_Supported_SetsStandardCookieAndGoesBackWithoutCultureQuery()
    {
        var response = await PostAsync("es", "/movies/949?region=GB&culture=en");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/movies/949?region=GB", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(".AspNetCore.Culture=c%3Des%7Cuic%3Des;", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("")]
    public async Task Post_NotLocalReturnUrl_GoesHome(string returnUrl)
    {
        var response = await PostAsync("en", returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("")]
    [InlineData("not a culture")]
    public async Task Post_UnsupportedCulture_400AndNoCookie(string culture)
    {
        var response = await PostAsync(culture, "/");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Switch_ThenBrowse_PageInChosenLanguageDespiteHeader()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "es", ["returnUrl"] = "/top-rated" });
        await client.PostAsync("/culture", form);

        var html = await client.GetStringAsync("/top-rated");

        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("Películas mejor valoradas", html, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> PostAsync(string culture, string returnUrl)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = culture, ["returnUrl"] = returnUrl });
        return await client.PostAsync("/culture", form);
    }
}
