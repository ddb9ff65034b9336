using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using MovieRecommender.Web.Services;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Controllers;

public sealed partial class AdminControllerTests
{
    private static readonly WebApplicationFactoryClientOptions NoRedirects = new() { AllowAutoRedirect = false };

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/login")]
    public async Task Index_AdminDisabled_Returns404(string url)
    {
        using var factory = WebAppFactory.WithAdmin(enabled: false);
        var client = factory.CreateClient(NoRedirects);
        client.DefaultRequestHeaders.Add("X-Admin-Key", WebAppFactory.AdminKey);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Index_EnabledWithoutKey_RedirectsToLogin()
    {
        using var factory = WebAppFactory.WithAdmin(enabled: true);

        var response = await factory.CreateClient(NoRedirects).GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_EnabledWithWrongKey_Returns401()
    {
        using var factory = WebAppFactory.WithAdmin(enabled: true);
        var client = factory.CreateClient(NoRedirects);
        client.DefaultRequestHeaders.Add("X-Admin-Key", "not-the-key-at-all-000");

        var response = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Index_EnabledWithKey_ShowsStatusCacheAndSearches()
    {
        using var factory = WebAppFactory.WithAdmin(enabled: true);
        var client = factory.CreateClient(NoRedirects);
        client.DefaultRequestHeaders.Add("X-Admin-Key", WebAppFactory.AdminKey);
        await client.GetAsync("/api/v1/recommendations?title=Heat");

        var response = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Reload model", html, StringComparison.Ordinal);
        Assert.Contains("Hit ratio", html, StringComparison.Ordinal);
        Assert.Contains("<td>Heat</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reload_PostWithoutAntiforgeryToken_Returns400()
    {
        using var factory = WebAppFactory.WithAdmin(enabled: true);
        var client = factory.CreateClient(NoRedirects);
        client.DefaultRequestHeaders.Add("X-Admin-Key", WebAppFactory.AdminKey);

        var response = await client.PostAsync("/admin/reload", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Login_CorrectKeyWithToken_SetsCookieThatOpensAdmin()
    {
        using var factory = WebAppFactory.WithAdmin(enabled: true);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync("/admin/login");
        var token = TokenPattern().Match(form).Groups[1].Value;

        var login = await client.PostAsync("/admin/login", new FormUrlEncodedContent(
            [new("key", WebAppFactory.AdminKey), new("__RequestVerificationToken", token), new("returnUrl", "/admin")]));
        var admin = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task Reload_PostWithToken_RequestsReloadAndRedirects()
    {
        using var factory = WebAppFactory.WithAdmin(enabled: true);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add("X-Admin-Key", WebAppFactory.AdminKey);
        var token = TokenPattern().Match(await client.GetStringAsync("/admin")).Groups[1].Value;

        var response = await client.PostAsync("/admin/reload", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var trigger = factory.Services.GetRequiredService<ModelReloadTrigger>();
        Assert.Equal("admin request", await trigger.WaitAsync(TimeSpan.FromSeconds(1), CancellationToken.None));
    }

    [Fact]
    public async Task Login_WrongKey_Returns401Form()
    {
        using var factory = WebAppFactory.WithAdmin(enabled: true);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var token = TokenPattern().Match(await client.GetStringAsync("/admin/login")).Groups[1].Value;

        var login = await client.PostAsync("/admin/login", new FormUrlEncodedContent(
            [new("key", "wrong"), new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.Contains("That key is not valid", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
