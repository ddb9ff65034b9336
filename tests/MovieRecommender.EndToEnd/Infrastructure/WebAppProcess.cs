using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace MovieRecommender.EndToEnd.Infrastructure;

/// <summary>
/// The real web app running as a separate process (<c>dotnet MovieRecommender.Web.dll --urls ...</c>) on a free
/// loopback port, with a fresh, empty model folder so it trains the demo catalog on start-up like a first run does.
/// Its console output goes to a log file whose tail is put into every start-up failure message.
/// </summary>
public sealed class WebAppProcess : IAsyncDisposable
{
    private const string HealthPath = "/api/health";
    private const int LogTailLines = 60;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(15);

    // Settings the developer's shell may carry that would make the run depend on the machine: never inherited.
    private static readonly string[] IsolatedVariablePrefixes =
    [
        "MOVIEREC__", "Model__", "RateLimiting__", "Cache__", "Cors__", "Admin__", "Serilog__", "FileLog__", "Recommender__", "ForwardedHeaders__",
        "Accounts__", "ConnectionStrings__",
        "ADMIN_ENABLED", "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "ASPNETCORE_ENVIRONMENT",
    ];

    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Lock _logLock = new();
    private readonly List<HealthResponse> _healthResponses = [];
    private bool _logClosed;

    private WebAppProcess(Process process, StreamWriter log, Uri baseAddress, string workDirectory, string logPath)
    {
        _process = process;
        _log = log;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress };
        WorkDirectory = workDirectory;
        LogPath = logPath;
    }

    /// <summary>Root URL of the running app, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>A client whose relative URLs go to the app; disposed with it.</summary>
    public HttpClient Client { get; }

    /// <summary>Temporary folder of this run: <c>models/</c> (Model:Directory) and <c>logs/</c> (FileLog:Directory).</summary>
    public string WorkDirectory { get; }

    public string ModelDirectory => Path.Combine(WorkDirectory, "models");

    /// <summary>The app's stdout and stderr.</summary>
    public string LogPath { get; }

    /// <summary>Every HTTP answer of /api/health while waiting for start-up, in order; the last one is healthy.</summary>
    public IReadOnlyList<HealthResponse> StartupHealthResponses => _healthResponses;

    public static async Task<WebAppProcess> StartAsync(WebAppOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var webAssembly = options.WebAssembly ?? RepositoryPaths.FindWebAssembly();
        var port = FreePort.Next();
        var baseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        var workDirectory = Directory.CreateTempSubdirectory("movierec-e2e-").FullName;
        var logDirectory = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "e2e-logs")).FullName;
        var logPath = Path.Combine(logDirectory, $"webapp-{port.ToString(CultureInfo.InvariantCulture)}.log");

        var startInfo = CreateStartInfo(webAssembly, baseAddress, workDirectory, options);
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var app = new WebAppProcess(process, log, baseAddress, workDirectory, logPath);
        process.OutputDataReceived += (_, e) => app.AppendLog(e.Data);
        process.ErrorDataReceived += (_, e) => app.AppendLog(e.Data);

        try
        {
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            await app.WaitUntilHealthyAsync(options.StartupTimeout, options.WaitUntilHealthy, cancellationToken);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>The last lines the app printed, for failure messages.</summary>
    public string ReadLogTail()
    {
        lock (_logLock)
        {
            if (!_logClosed)
            {
                _log.Flush();
            }
        }

        using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var lines = reader.ReadToEnd().Split('\n');
        return string.Join('\n', lines.TakeLast(LogTailLines));
    }

    /// <summary>SIGKILL now (no graceful shutdown), as a crash or an OOM kill would end it.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                using var exitTimeout = new CancellationTokenSource(ExitTimeout);
                await _process.WaitForExitAsync(exitTimeout.Token);
            }
        }
        catch (InvalidOperationException)
        {
            // The process never started or is already gone: nothing to stop.
        }
        catch (OperationCanceledException)
        {
            // It did not exit in time after SIGKILL; nothing more can be done from here.
        }

        Client.Dispose();
        _process.Dispose();
        lock (_logLock)
        {
            _logClosed = true;
            _log.Dispose();
        }

        TryDeleteDirectory(WorkDirectory);
    }

    private static ProcessStartInfo CreateStartInfo(
        string webAssembly, Uri baseAddress, string workDirectory, WebAppOptions options)
    {
        var command = options.Command ?? ["dotnet", webAssembly, "--urls", baseAddress.GetLeftPart(UriPartial.Authority)];
        var startInfo = new ProcessStartInfo(command[0])
        {
            // The build output holds appsettings*.json; the content root is the working directory.
            WorkingDirectory = options.WorkingDirectory ?? Path.GetDirectoryName(webAssembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Skip(1))
        {
            startInfo.ArgumentList.Add(argument);
        }

        var inherited = startInfo.Environment.Keys
            .Where(key => IsolatedVariablePrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        foreach (var key in inherited)
        {
            startInfo.Environment.Remove(key);
        }

        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = options.Environment;
        startInfo.Environment["ASPNETCORE_URLS"] = baseAddress.GetLeftPart(UriPartial.Authority);
        startInfo.Environment["Model__Directory"] = Path.Combine(workDirectory, "models");
        // Development settings point the log folder into the repository; a test run keeps its files to itself.
        startInfo.Environment["FileLog__Directory"] = Path.Combine(workDirectory, "logs");
        // A fresh accounts database per run, unless the test passes its own (e.g. to restart on the same one).
        startInfo.Environment["ConnectionStrings__Accounts"] = "Data Source=" + Path.Combine(workDirectory, "db", "accounts.db");
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in options.Settings)
        {
            startInfo.Environment[key] = value;
        }

        return startInfo;
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout, bool requireHealthy, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = ProbeTimeout };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_process.HasExited)
            {
                throw StartupFailure($"the app exited with code {_process.ExitCode} before it became healthy");
            }

            var response = await TryProbeAsync(client, clock.Elapsed, cancellationToken);
            if (response is not null)
            {
                _healthResponses.Add(response);
                if (response.IsHealthy || (!requireHealthy && response.IsLoading))
                {
                    return;
                }

                // Endpoints are mapped before the server listens, so a 404 never turns into a 200: stop waiting.
                if (response.StatusCode == HttpStatusCode.NotFound)
                {
                    throw StartupFailure($"GET {HealthPath} answered 404: this build of the app has no health endpoint");
                }
            }

            await Task.Delay(PollInterval, cancellationToken);
        }

        var last = _healthResponses.Count > 0 ? _healthResponses[^1].ToString() : "no HTTP answer at all";
        throw StartupFailure($"GET {HealthPath} was not 200 healthy within {timeout.TotalSeconds:0} s (last: {last})");
    }

    private static async Task<HealthResponse?> TryProbeAsync(
        HttpClient client, TimeSpan sinceStart, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.GetAsync(new Uri(HealthPath, UriKind.Relative), cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return new HealthResponse(response.StatusCode, ReadStatusField(body), body, sinceStart);
        }
        catch (HttpRequestException)
        {
            return null; // Not listening yet.
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null; // This probe timed out; the loop's own deadline decides when to give up.
        }
    }

    private static string? ReadStatusField(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("status", out var status)
                && status.ValueKind == JsonValueKind.String
                    ? status.GetString()
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private InvalidOperationException StartupFailure(string reason) =>
        new($"MovieRecommender.Web did not start: {reason}.{Environment.NewLine}" +
            $"Log {LogPath} ends with:{Environment.NewLine}{ReadLogTail()}");

    private void AppendLog(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_logLock)
        {
            if (!_logClosed)
            {
                _log.WriteLine(line);
            }
        }
    }

    private static void TryDeleteDirectory(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the run for it is not.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
