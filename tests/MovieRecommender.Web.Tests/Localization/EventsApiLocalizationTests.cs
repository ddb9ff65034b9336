using System.Net;
using System.Text;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Localization;

/// <summary>POST /api/v1/events answers a bad batch in the request's language, with the same error keys in every language.</summary>
public sealed class EventsApiLocalizationTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    private const string BadEvent = """[{"type":"hover","movieId":-4,"list":"sidebar","position":-1,"sourceId":0}]""";

    [Fact]
    public async Task Post_BadEvent_Spanish_EveryFieldMessageSpanishSameKeys()
    {
        var errors = await ErrorsAsync(BadEvent, "es");

        Assert.Equal("type debe ser \"impression\" o \"click\".", Message(errors, "[0].type"));
        Assert.StartsWith("list debe ser uno de estos valores: ", Message(errors, "[0].list"), StringComparison.Ordinal);
        Assert.Equal("movieId debe ser un entero positivo (un id de TMDB).", Message(errors, "[0].movieId"));
        Assert.Equal("position debe ser un entero de 0 a 10000.", Message(errors, "[0].position"));
        Assert.Equal("sourceId debe ser un entero positivo (un id de TMDB).", Message(errors, "[0].sourceId"));
    }

    [Fact]
    public async Task Post_EmptyBatch_SpanishAndEnglish()
    {
        var english = await ErrorsAsync("[]", acceptLanguage: null);
        var spanish = await ErrorsAsync("[]", "es");

        Assert.Equal("Send a JSON array of 1–100 events.", Message(english, "events"));
        Assert.Equal("Envía un array JSON de 1 a 100 eventos.", Message(spanish, "events"));
    }

    [Theory]
    [InlineData("[{\"type\":")]
    [InlineData("[{\"type\":5,\"movieId\":\"many\"}]")]
    public async Task Post_UnreadableBody_MessageInTheRequestLanguageNotTheParsers(string body)
    {
        var english = await ErrorsAsync(body, acceptLanguage: null);
        var spanish = await ErrorsAsync(body, "es");

        var englishMessages = english.EnumerateObject().SelectMany(e => e.Value.EnumerateArray()).Select(m => m.GetString()).ToList();
        var spanishMessages = spanish.EnumerateObject().SelectMany(e => e.Value.EnumerateArray()).Select(m => m.GetString()).ToList();
        Assert.Contains("The request body is not valid JSON for this endpoint, or one of its values has the wrong type.", englishMessages);
        Assert.Contains("El cuerpo de la solicitud no es un JSON válido para este endpoint o uno de sus valores tiene un tipo incorrecto.", spanishMessages);
        Assert.DoesNotContain(englishMessages.Concat(spanishMessages), m => m!.Contains("LineNumber", StringComparison.Ordinal));
        Assert.Equal(english.EnumerateObject().Select(e => e.Name), spanish.EnumerateObject().Select(e => e.Name));
    }

    private static string Message(System.Text.Json.JsonElement errors, string key) => errors.GetProperty(key)[0].GetString()!;

    private async Task<System.Text.Json.JsonElement> ErrorsAsync(string body, string? acceptLanguage)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/events") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        var problem = await HttpAssertions.AssertProblemAsync(await client.SendAsync(request), HttpStatusCode.BadRequest);
        return problem.GetProperty("errors");
    }
}
