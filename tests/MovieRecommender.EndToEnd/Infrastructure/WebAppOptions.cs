namespace MovieRecommender.EndToEnd.Infrastructure;

/// <summary>How to start the app under test. Settings are passed as environment variables (ASP.NET form, Section__Key).</summary>
public sealed class WebAppOptions
{
    /// <summary>Development serves static web assets straight from the build output and never redirects to HTTPS.</summary>
    public string Environment { get; init; } = "Development";

    /// <summary>Start-up includes training the demo catalog into an empty model folder, hence the generous default.</summary>
    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>
    /// When false, start-up returns as soon as the app answers HTTP at all (typically 503 while it trains), so a
    /// test can watch the loading screen; the caller then waits for readiness itself.
    /// </summary>
    public bool WaitUntilHealthy { get; init; } = true;

    /// <summary>The app's main assembly; default: the build output next to this test assembly's.</summary>
    public string? WebAssembly { get; init; }

    /// <summary>
    /// Working directory, which is the content root; default: the assembly's folder, as <c>dotnet X.dll</c> there.
    /// <c>dotnet run</c> starts the app in the project folder instead.
    /// </summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>
    /// A command that starts the app instead of <c>dotnet MovieRecommender.Web.dll</c> (e.g. a script operators use);
    /// it gets the address in <c>ASPNETCORE_URLS</c>.
    /// </summary>
    public IReadOnlyList<string>? Command { get; init; }

    /// <summary>Extra configuration, e.g. <c>["RateLimiting__Enabled"] = "false"</c>.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();
}
