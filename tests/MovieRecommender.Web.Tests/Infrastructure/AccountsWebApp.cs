using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using MovieRecommender.Data.Registration;
using MovieRecommender.TestSupport;

namespace MovieRecommender.Web.Tests.Infrastructure;

/// <summary>
/// The app (fake engine over <see cref="TestMovies"/>) on a real accounts database of one provider, with helpers to
/// create accounts and sign in by cookie (plus the page's antiforgery token) or by bearer token.
/// </summary>
public sealed partial class AccountsWebApp : IAsyncDisposable
{
    public const string Password = "correct horse battery";

    private AccountsWebApp(AccountsTestDatabase database, WebAppFactory factory)
    {
        Database = database;
        Factory = factory;
    }

    public AccountsTestDatabase Database { get; }

    public WebAppFactory Factory { get; }

    /// <summary>Null when the provider cannot run here (then tests skip with <see cref="AccountsTestDatabase.SkipReason"/>).</summary>
    public static async Task<AccountsWebApp> StartAsync(AccountsProvider provider, IDictionary<string, string?>? settings = null)
    {
        var database = await AccountsTestDatabase.CreateAsync(provider, migrate: false);
        var all = new Dictionary<string, string?>(database.AppSettings);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new AccountsWebApp(database, new WebAppFactory(all));
    }

    public static string NewEmail() => $"user-{Guid.NewGuid():N}@example.org";

    public async Task<HttpResponseMessage> RegisterAsync(string email, string password = Password)
    {
        using var client = Factory.CreateClient();
        return await client.PostAsJsonAsync("/api/v1/auth/register", new { email, password });
    }

    /// <summary>A new account signed in with a bearer token (Authorization header on every request).</summary>
    public async Task<HttpClient> BearerClientAsync(string? email = null)
    {
        email ??= NewEmail();
        (await RegisterAsync(email)).EnsureSuccessStatusCode();
        var client = Factory.CreateClient();
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password });
        login.EnsureSuccessStatusCode();
        var token = JsonDocument.Parse(await login.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A new account signed in with the cookie, sending the page's antiforgery token like the site's scripts.</summary>
    public async Task<HttpClient> CookieClientAsync(string? email = null, bool withAntiforgeryToken = true)
    {
        email ??= NewEmail();
        (await RegisterAsync(email)).EnsureSuccessStatusCode();
        var client = Factory.CreateClient();
        var login = await client.PostAsJsonAsync("/api/v1/auth/login?useCookies=true", new { email, password = Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        if (withAntiforgeryToken)
        {
            client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", await AntiforgeryTokenAsync(client));
        }

        return client;
    }

    public Task<HttpClient> ClientAsync(string mode) => mode == "bearer" ? BearerClientAsync() : CookieClientAsync();

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/top-rated");
        var match = CsrfMeta().Match(html);
        Assert.True(match.Success, "the page of a signed-in user has no csrf-token meta tag");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex CsrfMeta();
}
