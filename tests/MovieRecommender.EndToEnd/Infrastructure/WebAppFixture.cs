using System.Globalization;

namespace MovieRecommender.EndToEnd.Infrastructure;

/// <summary>
/// One running app shared by every test in the <see cref="EndToEndSuite"/>: started once, trained from the
/// demo catalog into an empty model folder, and stopped after the last test.
/// </summary>
public sealed class WebAppFixture : IAsyncLifetime
{
    /// <summary>Seconds to wait for start-up (training included); raise it on a slow machine.</summary>
    public const string StartupTimeoutVariable = "MOVIEREC_E2E_STARTUP_TIMEOUT_SECONDS";

    /// <summary>Admin key the app under test is started with, for admin page tests.</summary>
    public const string AdminApiKey = "e2e-admin-key-0123456789abcdef0123456789abcdef";

    private const int DefaultStartupSeconds = 120;

    /// <summary>tests/fixtures/watch-providers/demo-providers.jsonl (see the README beside it).</summary>
    public static string WatchProvidersFixturePath =>
        Path.Combine(RepositoryPaths.FindRepositoryRoot(), "tests", "fixtures", "watch-providers", "demo-providers.jsonl");

    private WebAppProcess? _app;

    public WebAppProcess App => _app ?? throw new InvalidOperationException("The app is not started.");

    public Uri BaseAddress => App.BaseAddress;

    /// <summary>A client whose relative URLs go to the app.</summary>
    public HttpClient Client => App.Client;

    /// <summary>The first HTTP answer of /api/health during start-up.</summary>
    public HealthResponse FirstHealthResponse => App.StartupHealthResponses[0];

    public async Task InitializeAsync()
    {
        var options = new WebAppOptions
        {
            StartupTimeout = TimeSpan.FromSeconds(ReadStartupSeconds()),
            Settings = new Dictionary<string, string>
            {
                // Browser scenarios fire many page and API calls from one IP; limits are tested in Web.Tests.
                ["RateLimiting__Enabled"] = "false",
                ["Admin__Enabled"] = "true",
                ["Admin__ApiKey"] = AdminApiKey,
                // Test-only watch providers (made-up services for a few demo films) trained into the model.
                ["Model__DemoProviders"] = WatchProvidersFixturePath,
            },
        };
        _app = await WebAppProcess.StartAsync(options);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private static int ReadStartupSeconds() =>
        int.TryParse(Environment.GetEnvironmentVariable(StartupTimeoutVariable), NumberStyles.Integer,
            CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? seconds
            : DefaultStartupSeconds;
}
