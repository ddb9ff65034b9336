using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Localization;

/// <summary>The signed-in pages in Spanish: My films, the for-you explanations and the import page's reasons.</summary>
public sealed class PersonalPagesLocalizationTests(SqliteAccountsAppFixture fixture) : IClassFixture<SqliteAccountsAppFixture>
{
    private const string UnknownHeaderCsv = "title,stars\nHeat,5\n";
    private const string RatingsWithUnknownFilm = "Date,Name,Year,Letterboxd URI,Rating\n2024-01-05,Heat,1995,https://boxd.it/x,4.5\n2024-01-07,No Such Film,2001,https://boxd.it/z,3\n";

    private AccountsWebApp App => fixture.App;

    [SkippableFact]
    public async Task MyFilmsPage_Spanish_HeadingsTabsAndRatingNoteInSpanish()
    {
        SkipWithoutDatabase();
        using var client = await SpanishClientAsync();
        (await client.PutAsJsonAsync($"/api/v1/me/ratings/{TestMovies.Heat.Id}", new { rating = 4.5 })).EnsureSuccessStatusCode();

        var html = await client.GetStringAsync("/me");

        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1 id=\"me-heading\">Mis películas</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Sesión iniciada como ", html, StringComparison.Ordinal);
        Assert.Contains("Valorada con 4½★ el ", html, StringComparison.Ordinal);
        Assert.Contains("Tus datos", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Signed in as", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ForYouPage_Spanish_BecauseTextInSpanish()
    {
        SkipWithoutDatabase();
        // The test engine names the film behind each result only as a hybrid model does (this class's own app).
        App.Factory.Recommender.ServesHybrid = true;
        using var client = await SpanishClientAsync();
        (await client.PutAsJsonAsync($"/api/v1/me/ratings/{TestMovies.Heat.Id}", new { rating = 5 })).EnsureSuccessStatusCode();

        var html = await client.GetStringAsync("/for-you");

        Assert.Contains("Porque valoraste Heat con 5★", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Because you rated", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ImportPage_SpanishUnknownHeader_RejectionInSpanish()
    {
        SkipWithoutDatabase();
        using var client = await SpanishClientAsync();

        using var response = await PostImportAsync(client, "films.csv", UnknownHeaderCsv);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("«films.csv» tiene una cabecera desconocida (title,stars).", html, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown header", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ImportPage_SpanishUnmatchedRow_ReasonInSpanish()
    {
        SkipWithoutDatabase();
        using var client = await SpanishClientAsync();

        using var response = await PostImportAsync(client, "ratings.csv", RatingsWithUnknownFilm);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<td>no hay ninguna película con este título en el catálogo</td>", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ImportApi_SpanishUnknownHeader_DetailSpanishTypeUnchanged_UnmatchedReasonStaysEnglish()
    {
        SkipWithoutDatabase();
        using var client = await App.BearerClientAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var problem = await HttpAssertions.AssertProblemAsync(await PostImportAsync(client, "films.csv", UnknownHeaderCsv, "/api/v1/me/import"), HttpStatusCode.BadRequest);
        var imported = await HttpAssertions.JsonAsync(await PostImportAsync(client, "ratings.csv", RatingsWithUnknownFilm, "/api/v1/me/import"));

        Assert.Equal("urn:movierecommender:problem:import-rejected", problem.GetProperty("type").GetString());
        Assert.StartsWith("«films.csv» tiene una cabecera desconocida", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("no film with this title in the catalog", imported.GetProperty("unmatched")[0].GetProperty("reason").GetString());
    }

    [SkippableFact]
    public async Task FeedApi_OffsetTooDeepInSpanish_ValidationMessageSpanishSameKey()
    {
        SkipWithoutDatabase();
        using var client = await App.BearerClientAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var problem = await HttpAssertions.AssertProblemAsync(await client.GetAsync("/api/v1/me/feed?offset=5000"), HttpStatusCode.BadRequest);

        Assert.Equal("offset no puede ser mayor que 2000 en las novedades.", problem.GetProperty("errors").GetProperty("offset")[0].GetString());
    }

    private async Task<HttpClient> SpanishClientAsync()
    {
        var client = await App.CookieClientAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        return client;
    }

    private static async Task<HttpResponseMessage> PostImportAsync(HttpClient client, string name, string content, string path = "/me/import")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", name);
        return await client.PostAsync(path, form);
    }

    private void SkipWithoutDatabase() => Skip.If(App.Database.SkipReason is not null, App.Database.SkipReason);
}
