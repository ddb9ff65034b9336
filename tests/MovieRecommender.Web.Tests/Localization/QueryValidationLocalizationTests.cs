using System.Net;
using System.Text.Json;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Localization;

/// <summary>
/// A bad query parameter is answered in the request's language, with the same <c>errors</c> key (the parameter's
/// public name) in every language: range checks, cross-field checks and the search text.
/// </summary>
public sealed class QueryValidationLocalizationTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    private const string TopRated = "/api/v1/movies/top-rated";

    [Fact]
    public async Task Api_CountZero_NoPreference_English()
    {
        var errors = await ErrorsAsync(TopRated + "?n=0", acceptLanguage: null);

        Assert.Equal("n must be between 1 and 100.", Message(errors, "n"));
    }

    [Fact]
    public async Task Api_CountZero_AcceptLanguageSpanish_SpanishMessageSameKey()
    {
        var errors = await ErrorsAsync(TopRated + "?n=0", acceptLanguage: "es-ES,es;q=0.9");

        Assert.Equal("n debe estar entre 1 y 100.", Message(errors, "n"));
    }

    [Fact]
    public async Task Api_InvalidYear_CultureQuerySpanish_SpanishMessage()
    {
        var errors = await ErrorsAsync(TopRated + "?minYear=1500&culture=es", acceptLanguage: "en");

        Assert.Equal("minYear debe estar entre 1870 y 2100.", Message(errors, "minYear"));
    }

    [Fact]
    public async Task Api_YearsReversed_Spanish_CrossFieldMessageSpanish()
    {
        var english = await ErrorsAsync(TopRated + "?minYear=2000&maxYear=1990", acceptLanguage: "en");
        var spanish = await ErrorsAsync(TopRated + "?minYear=2000&maxYear=1990", acceptLanguage: "es");

        Assert.Equal("minYear must not be greater than maxYear.", Message(english, "minYear"));
        Assert.Equal("minYear no puede ser mayor que maxYear.", Message(spanish, "minYear"));
    }

    [Fact]
    public async Task Api_RecommendationDiversityAndCountry_Spanish_BothMessagesSpanish()
    {
        var errors = await ErrorsAsync("/api/v1/recommendations?title=Heat&diversity=2&country=USA", acceptLanguage: "es");

        Assert.Equal("diversity debe ser un número entre 0 y 1.", Message(errors, "diversity"));
        Assert.Equal("country debe ser un código ISO 3166-1 alfa-2, como 'US'.", Message(errors, "country"));
    }

    [Fact]
    public async Task Api_SearchTooShort_Spanish_SpanishMessage()
    {
        var english = await ErrorsAsync("/api/search?q=a", acceptLanguage: null);
        var spanish = await ErrorsAsync("/api/search?q=a", acceptLanguage: "es");

        Assert.Equal("q must be 2 to 200 characters (after trimming) without control characters.", Message(english, "q"));
        Assert.Equal("q debe tener entre 2 y 200 caracteres (sin contar los espacios de los extremos) y ningún carácter de control.", Message(spanish, "q"));
    }

    [Fact]
    public async Task Api_UnparsableMinRatingAndDiversity_Spanish_BindingMessagesNameTheParameterAsSent()
    {
        var english = await ErrorsAsync(TopRated + "?minRating=high", acceptLanguage: null);
        var spanish = await ErrorsAsync(TopRated + "?minRating=high", acceptLanguage: "es");
        var diversity = await ErrorsAsync("/api/v1/recommendations?title=Heat&diversity=lots", acceptLanguage: "es");

        Assert.Equal("The value given for minRating is not valid.", Message(english, "minRating"));
        Assert.Equal("El valor indicado para minRating no es válido.", Message(spanish, "minRating"));
        Assert.Equal("El valor indicado para diversity no es válido.", Message(diversity, "diversity"));
    }

    private static string? Message(JsonElement errors, string key) => errors.GetProperty(key)[0].GetString();

    private async Task<JsonElement> ErrorsAsync(string path, string? acceptLanguage)
    {
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        var problem = await HttpAssertions.AssertProblemAsync(await client.SendAsync(request), HttpStatusCode.BadRequest);
        return problem.GetProperty("errors");
    }
}
