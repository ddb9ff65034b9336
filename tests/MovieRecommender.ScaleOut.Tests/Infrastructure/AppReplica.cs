using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace MovieRecommender.ScaleOut.Tests.Infrastructure;

/// <summary>
/// One replica of the app: its build output run as a separate process on a free loopback port, with the settings
/// given (Redis, shared model folder, replica name...). Output goes to a log file quoted in failure messages.
/// </summary>
public sealed class AppReplica : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private static readonly string[] IsolatedVariablePrefixes =
    [
        "MOVIEREC__", "Model__", "RateLimiting__", "Cache__", "Cors__", "Admin__", "Serilog__", "FileLog__", "Recommender__",
        "ForwardedHeaders__", "ConnectionStrings__", "Redis__", "Replica__", "Accounts__", "Shutdown__",
        "ADMIN_ENABLED", "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "ASPNETCORE_ENVIRONMENT",
    ];

    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Lock _logLock = new();

    private AppReplica(string name, Process process, StreamWriter log, int port, string logPath)
    {
        Name = name;
        _process = process;
        _log = log;
        Port = port;
        LogPath = logPath;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/") };
    }

    public string Name { get; }

    public int Port { get; }

    public HttpClient Client { get; }

    public string LogPath { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts a replica; <paramref name="port"/> reuses a stopped replica's port (nginx knows it), otherwise a free one.</summary>
    public static async Task<AppReplica> StartAsync(string name, IReadOnlyDictionary<string, string> settings, string workDirectory, int? port = null)
    {
        port ??= FreePort.Next();
        var logPath = Path.Combine(workDirectory, $"replica-{name}-{port.Value.ToString(CultureInfo.InvariantCulture)}-{Environment.TickCount64}.log");
        var web = RepositoryPaths.WebAssembly;
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(web)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(web);
        startInfo.ArgumentList.Add("--urls");
        startInfo.ArgumentList.Add($"http://127.0.0.1:{port.Value.ToString(CultureInfo.InvariantCulture)}");
        foreach (var key in startInfo.Environment.Keys.Where(k => IsolatedVariablePrefixes.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList())
        {
            startInfo.Environment.Remove(key);
        }

        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["Replica__Name"] = name;
        startInfo.Environment["FileLog__Enabled"] = "false";
        foreach (var (key, value) in settings)
        {
            startInfo.Environment[key] = value;
        }

        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var replica = new AppReplica(name, process, log, port.Value, logPath);
        process.OutputDataReceived += (_, e) => replica.Append(e.Data);
        process.ErrorDataReceived += (_, e) => replica.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await replica.WaitUntilHealthyAsync();
            return replica;
        }
        catch
        {
            await replica.DisposeAsync();
            throw;
        }
    }

    /// <summary>/api/health as JSON (whatever its status code).</summary>
    public async Task<JsonElement> HealthAsync()
    {
        using var response = await Client.GetAsync(new Uri("/api/health", UriKind.Relative));
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>/api/v1/model/status as JSON.</summary>
    public async Task<JsonElement> ModelStatusAsync() =>
        await Client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/model/status", UriKind.Relative));

    /// <summary>SIGKILL: the replica vanishes mid-request, as a crashed container does.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    /// <summary>
    /// SIGTERM, as <c>docker stop</c> sends it: the replica stops accepting connections, lets requests in flight
    /// finish and exits. Returns its exit code and how long it took, or throws when it is still running after
    /// <paramref name="timeout"/>.
    /// </summary>
    public async Task<(int ExitCode, TimeSpan Elapsed)> TerminateAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        var (signalExit, signalOutput) = await ChildProcess.RunAsync("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(10));
        if (signalExit != 0)
        {
            throw new InvalidOperationException($"kill -TERM {_process.Id} failed: {signalOutput}");
        }

        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"Replica {Name} still ran {timeout.TotalSeconds} s after SIGTERM:\n{ReadLogTail()}");
        }

        return (_process.ExitCode, clock.Elapsed);
    }

    public string ReadLogTail(int lines = 40)
    {
        lock (_logLock)
        {
            _log.Flush();
        }

        using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return string.Join('\n', reader.ReadToEnd().Split('\n').TakeLast(lines));
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        try
        {
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or InvalidOperationException)
        {
            // Already gone, or it did not exit in time after SIGKILL: nothing more to do.
        }

        Client.Dispose();
        _process.Dispose();
        lock (_logLock)
        {
            _log.Dispose();
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        var clock = Stopwatch.StartNew();
        var last = "no answer";
        while (clock.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Replica {Name} exited with code {_process.ExitCode}:\n{ReadLogTail()}");
            }

            try
            {
                using var response = await Client.GetAsync(new Uri("/api/health", UriKind.Relative));
                last = $"{(int)response.StatusCode}";
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException($"Replica {Name} was not healthy within {StartTimeout.TotalSeconds} s (last: {last}):\n{ReadLogTail()}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_logLock)
        {
            _log.WriteLine(line);
        }
    }
}
