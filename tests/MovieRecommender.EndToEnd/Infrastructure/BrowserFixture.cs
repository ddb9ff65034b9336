using Microsoft.Playwright;

namespace MovieRecommender.EndToEnd.Infrastructure;

/// <summary>
/// One headless Chromium shared by the <see cref="EndToEndSuite"/>. It is Debian's /usr/bin/chromium driven by
/// the Playwright driver that ships inside the NuGet package, so nothing is downloaded (`playwright install` is
/// neither possible nor needed here). Each test opens its own isolated <see cref="BrowserSession"/>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Overrides the browser binary, e.g. a local Chrome on a developer machine.</summary>
    public const string ChromiumPathVariable = "CHROMIUM_PATH";

    public const string DefaultChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArguments =
    [
        // Root in a container has no user namespace sandbox; the tests only visit the local app.
        "--no-sandbox",
        "--disable-gpu",
        // No calls home: the machine is offline and background traffic makes runs slower and noisier.
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    public async Task InitializeAsync()
    {
        var executablePath = Environment.GetEnvironmentVariable(ChromiumPathVariable) is { Length: > 0 } configured
            ? configured
            : DefaultChromiumPath;
        if (!File.Exists(executablePath))
        {
            throw new FileNotFoundException(
                $"Chromium not found at {executablePath}. Install it with `apt-get install -y chromium` " +
                $"(./scripts/test.sh does this when run as root) or set {ChromiumPathVariable}.", executablePath);
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executablePath,
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    /// <summary>
    /// A fresh browser context (own cookies, storage, colour scheme) with one page whose relative URLs go to
    /// <paramref name="baseAddress"/>. Dispose it with <c>await using</c>.
    /// </summary>
    public async Task<BrowserSession> NewSessionAsync(Uri baseAddress, Action<BrowserNewContextOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        var options = new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = "en-US",
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            // A page controlled by the site's service worker sends its requests past Playwright's routing (the
            // documented behaviour), which the tests use to watch and stub requests. Tests of the worker itself
            // (Mobile/InstallableAppTests) allow it again.
            ServiceWorkers = ServiceWorkerPolicy.Block,
        };
        configure?.Invoke(options);

        var context = await Browser.NewContextAsync(options);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
