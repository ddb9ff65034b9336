using System.Net;
using System.Net.Http.Json;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Localization;

/// <summary>The request's language: Accept-Language, overridden by the culture cookie, English for anything else.</summary>
public sealed class LocalizationPageTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    private const string CultureCookie = ".AspNetCore.Culture";
    private const string HeatPage = "/movies/949";

    [Fact]
    public async Task FilmPage_AcceptLanguageSpanish_SpanishPageWithSpanishNumbersAndDates()
    {
        var response = await GetAsync(HeatPage, acceptLanguage: "es-ES,es;q=0.9,en;q=0.5");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("Películas similares", html, StringComparison.Ordinal);
        Assert.Contains("1.886 votos", html, StringComparison.Ordinal);
        Assert.Contains("7,7 / 10", html, StringComparison.Ordinal);
        Assert.Contains("Estreno: 15 de diciembre de 1995", html, StringComparison.Ordinal);
        Assert.Equal("es", Assert.Single(response.Content.Headers.ContentLanguage));
    }

    [Fact]
    public async Task FilmPage_NoPreference_EnglishPageWithEnglishNumbersAndDates()
    {
        var html = await (await GetAsync(HeatPage)).Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("1,886 votes", html, StringComparison.Ordinal);
        Assert.Contains("7.7 / 10", html, StringComparison.Ordinal);
        Assert.Contains("Released December 15, 1995", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FilmPage_CookieEnglishHeaderSpanish_CookieWins()
    {
        var html = await (await GetAsync(HeatPage, acceptLanguage: "es", cookie: "c=en|uic=en")).Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Similar films", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FilmPage_CookieSpanishHeaderEnglish_CookieWins()
    {
        var html = await (await GetAsync(HeatPage, acceptLanguage: "en-US", cookie: "c=es|uic=es")).Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("Películas similares", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de-DE,de;q=0.9")]
    [InlineData("zz")]
    [InlineData("*")]
    public async Task FilmPage_UnsupportedLanguage_English(string acceptLanguage)
    {
        var html = await (await GetAsync(HeatPage, acceptLanguage)).Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Similar films", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FilmPage_AnyLanguage_LinksEveryLanguageVersionAndDefault()
    {
        var html = await (await GetAsync(HeatPage + "?region=GB", acceptLanguage: "es")).Content.ReadAsStringAsync();

        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost/movies/949?region=GB&amp;culture=en\" />", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"es\" href=\"http://localhost/movies/949?region=GB&amp;culture=es\" />", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"http://localhost/movies/949?region=GB\" />", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FilmPage_CultureQuery_OverridesHeader()
    {
        var html = await (await GetAsync(HeatPage + "?culture=es", acceptLanguage: "en")).Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Layout_Spanish_ScriptTextInSpanish()
    {
        var html = await (await GetAsync("/", acceptLanguage: "es")).Content.ReadAsStringAsync();

        Assert.Contains("<script type=\"application/json\" id=\"ui-text\">", html, StringComparison.Ordinal);
        Assert.Contains("\"LinkCopied\":\"Enlace copiado\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_UnknownFilmInSpanish_DetailSpanishTypeAndTitleUnchanged()
    {
        var english = await HttpAssertions.AssertProblemAsync(await GetAsync("/api/v1/movies/123456", acceptLanguage: "en"), HttpStatusCode.NotFound);
        var spanish = await HttpAssertions.AssertProblemAsync(await GetAsync("/api/v1/movies/123456", acceptLanguage: "es"), HttpStatusCode.NotFound);

        Assert.Equal(english.GetProperty("type").GetString(), spanish.GetProperty("type").GetString());
        Assert.Equal(english.GetProperty("title").GetString(), spanish.GetProperty("title").GetString());
        Assert.Equal("No film with id 123456 in the catalog.", english.GetProperty("detail").GetString());
        Assert.Equal("No hay ninguna película con el id 123456 en el catálogo.", spanish.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Api_InvalidNumberInSpanish_ValidationMessageSpanish()
    {
        var problem = await HttpAssertions.AssertProblemAsync(await GetAsync("/api/v1/movies/top-rated?minVotes=lots", acceptLanguage: "es"), HttpStatusCode.BadRequest);

        var message = problem.GetProperty("errors").GetProperty("minVotes")[0].GetString();
        Assert.Equal("El valor indicado para minVotes no es válido.", message);
    }

    [Fact]
    public async Task Api_FilmInSpanish_JsonStaysCultureInvariant()
    {
        var json = await HttpAssertions.JsonAsync(await GetAsync("/api/v1/movies/949", acceptLanguage: "es"));

        Assert.Equal(7.7, json.GetProperty("rating").GetDouble());
        Assert.Equal("Heat", json.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Register_ShortPasswordInSpanish_IdentityErrorInSpanishSameCode()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/register")
        {
            Content = JsonContent.Create(new { email = "ana@example.org", password = "short" }),
        };
        request.Headers.AcceptLanguage.ParseAdd("es");

        var problem = await HttpAssertions.AssertProblemAsync(await client.SendAsync(request), HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.Equal("La contraseña debe tener al menos 10 caracteres.", errors.GetProperty("PasswordTooShort")[0].GetString());
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? acceptLanguage = null, string? cookie = null)
    {
        // Cookies only as each test sends them.
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", CultureCookie + "=" + Uri.EscapeDataString(cookie));
        }

        return await client.SendAsync(request);
    }
}
