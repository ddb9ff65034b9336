using System.Net;
using System.Net.Http.Json;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Localization;

/// <summary>The shared-list and social pages in Spanish: view text, C#-built notes and member roles.</summary>
public sealed class SocialPagesLocalizationTests(SqliteAccountsAppFixture fixture) : IClassFixture<SqliteAccountsAppFixture>
{
    private AccountsWebApp App => fixture.App;

    [SkippableFact]
    public async Task PublicListPage_Spanish_ViewTextRolesAndNotesInSpanish()
    {
        SkipWithoutDatabase();
        using var owner = await PersonAsync();
        var list = await HttpAssertions.JsonAsync(await owner.PostAsJsonAsync("/api/v1/lists", new { name = "Finde", isPublic = true }));
        var id = list.GetProperty("id").GetString();
        (await owner.PutAsync($"/api/v1/lists/{id}/films/{TestMovies.Heat.Id}", null)).EnsureSuccessStatusCode();

        var html = await GetSpanishAsync($"/lists/{id}");

        Assert.Contains("Lista pública · 1 película", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"members-heading\">Miembros</h2>", html, StringComparison.Ordinal);
        Assert.Contains("· propietario</span>", html, StringComparison.Ordinal);
        Assert.Contains("Añadida el ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Public list", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task UserPage_Spanish_SpanishHeadingsAndCounts()
    {
        SkipWithoutDatabase();
        var handle = "es_" + Guid.NewGuid().ToString("N")[..10];
        using var person = await PersonAsync(handle);

        var html = await GetSpanishAsync($"/u/{handle}");

        Assert.Contains("0 seguidores · sigue a 0", html, StringComparison.Ordinal);
        Assert.Contains("Valoraciones recientes", html, StringComparison.Ordinal);
        Assert.Contains("Todavía no hay reseñas.", html, StringComparison.Ordinal);
        Assert.Contains("Inicia sesión</a> para seguir a", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ProfileAndListsPages_SpanishCookieClient_SpanishText()
    {
        SkipWithoutDatabase();
        using var client = await App.CookieClientAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var profile = await client.GetStringAsync("/me/profile");
        var lists = await client.GetStringAsync("/lists");

        Assert.Contains("<h1 id=\"profile-heading\">Tu perfil</h1>", profile, StringComparison.Ordinal);
        Assert.Contains("Nombre de usuario", profile, StringComparison.Ordinal);
        Assert.Contains("<h1 id=\"lists-heading\">Listas compartidas</h1>", lists, StringComparison.Ordinal);
        Assert.Contains("Todavía no estás en ninguna lista compartida.", lists, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task SocialApis_BadBodiesInSpanish_RuleMessagesSpanishSameKeys()
    {
        SkipWithoutDatabase();
        using var client = await App.BearerClientAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var profile = await HttpAssertions.AssertProblemAsync(await client.PutAsJsonAsync("/api/v1/me/profile", new { handle = "a" }), HttpStatusCode.BadRequest);
        var list = await HttpAssertions.AssertProblemAsync(await client.PostAsJsonAsync("/api/v1/lists", new { name = " " }), HttpStatusCode.BadRequest);
        var review = await HttpAssertions.AssertProblemAsync(
            await client.PutAsJsonAsync($"/api/v1/me/reviews/{TestMovies.Heat.Id}", new { text = "" }), HttpStatusCode.BadRequest);

        Assert.Equal("handle debe tener de 3 a 30 letras, dígitos o guiones bajos.", profile.GetProperty("errors").GetProperty("handle")[0].GetString());
        Assert.Equal("name debe tener de 1 a 80 caracteres de texto sin formato.", list.GetProperty("errors").GetProperty("name")[0].GetString());
        Assert.Equal("text debe tener de 1 a 1000 caracteres de texto sin formato (se admiten saltos de línea).", review.GetProperty("errors").GetProperty("text")[0].GetString());
    }

    private async Task<string> GetSpanishAsync(string path)
    {
        using var anonymous = App.Factory.CreateClient();
        anonymous.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        return await anonymous.GetStringAsync(path);
    }

    private async Task<HttpClient> PersonAsync(string? handle = null)
    {
        var client = await App.BearerClientAsync();
        (await client.PutAsJsonAsync("/api/v1/me/profile", new { handle = handle ?? "es_" + Guid.NewGuid().ToString("N")[..10], isPublic = true })).EnsureSuccessStatusCode();
        return client;
    }

    private void SkipWithoutDatabase() => Skip.If(App.Database.SkipReason is not null, App.Database.SkipReason);
}
