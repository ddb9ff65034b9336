using System.Net;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Localization;

/// <summary>The admin analytics page, the offline page the service worker keeps, and the live stream's 503, in Spanish.</summary>
public sealed class AdminAndOfflineLocalizationTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task AnalyticsPage_Spanish_EveryHeadingInSpanish()
    {
        using var factory = WebAppFactory.WithAdmin(enabled: true);
        var admin = factory.CreateClient();
        admin.DefaultRequestHeaders.Add("X-Admin-Key", WebAppFactory.AdminKey);
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var response = await admin.GetAsync("/admin/analytics");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1 id=\"analytics-heading\">Analítica</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"live-events-heading\">Eventos en este servidor (en directo)</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<caption class=\"visually-hidden\">Búsquedas por día</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"experiments-heading\">Experimentos</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Volver a la página de administración", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Searches per day", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Back to admin", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyticsPage_NoPreference_English()
    {
        using var factory = WebAppFactory.WithAdmin(enabled: true);
        var admin = factory.CreateClient();
        admin.DefaultRequestHeaders.Add("X-Admin-Key", WebAppFactory.AdminKey);

        var html = await admin.GetStringAsync("/admin/analytics");

        Assert.Contains("<h2 id=\"searches-day-heading\">Searches per day</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Back to the admin page", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceWorker_NamesTheOfferedLanguages()
    {
        using var factory = new WebAppFactory();

        var script = await factory.CreateClient().GetStringAsync("/sw.js");

        Assert.Contains("var SHELL_LANGUAGES = [\"en\",\"es\"];", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OfflinePage_AsTheWorkerFetchesIt_InEachLanguage()
    {
        using var factory = new WebAppFactory();
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });

        var spanish = await client.GetStringAsync("/offline?culture=es");
        var english = await client.GetStringAsync("/offline?culture=en");

        Assert.Contains("<html lang=\"es\">", spanish, StringComparison.Ordinal);
        Assert.Contains("No tienes conexión", spanish, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LiveStream_ConnectionLimitInSpanish_DetailSpanishTypeAndTitleStable()
    {
        using var factory = new WebAppFactory(new Dictionary<string, string?> { ["Live:MaxConnections"] = "1" });
        var client = factory.CreateClient();
        using var timeout = new CancellationTokenSource(Patience);
        using var open = await client.GetAsync("/api/v1/model/events", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var events = new ServerSentEventReader(await open.Content.ReadAsStreamAsync(timeout.Token));
        await events.NextDataAsync("status", timeout.Token);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/model/events");
        request.Headers.AcceptLanguage.ParseAdd("es");
        using var refused = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);

        var problem = await HttpAssertions.AssertProblemAsync(refused, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("urn:movierecommender:problem:live-unavailable", problem.GetProperty("type").GetString());
        Assert.Equal("Hay demasiadas conexiones en directo en este servidor; consulta /api/v1/model/status periódicamente.", problem.GetProperty("detail").GetString());
    }
}
