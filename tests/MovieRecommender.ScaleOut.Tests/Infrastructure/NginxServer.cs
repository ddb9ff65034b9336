using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace MovieRecommender.ScaleOut.Tests.Infrastructure;

/// <summary>
/// Debian's nginx in front of the replicas, on a free loopback port, with its own prefix folder (config, pid, logs,
/// temp files) and the repository's proxy settings (deploy/nginx/proxy.conf) included, as the compose profile does.
/// Upstreams are marked failed after one error for a few seconds (passive health checks, as open-source nginx has).
/// </summary>
public sealed class NginxServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);
    private readonly Process _process;
    private readonly string _prefix;

    private NginxServer(Process process, int port, string prefix)
    {
        _process = process;
        Port = port;
        _prefix = prefix;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/") };
    }

    public int Port { get; }

    public HttpClient Client { get; }

    public Uri BaseAddress => Client.BaseAddress!;

    public static async Task<NginxServer> StartAsync(IEnumerable<int> upstreamPorts)
    {
        var binary = ServerBinaries.Nginx ?? throw new InvalidOperationException(ServerBinaries.MissingMessage(("nginx", null)));
        var prefix = Directory.CreateTempSubdirectory("movierec-nginx-").FullName;
        var port = FreePort.Next();
        var config = Path.Combine(prefix, "nginx.conf");
        await File.WriteAllTextAsync(config, Config(port, upstreamPorts, prefix));
        var startInfo = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-p", prefix, "-c", config, "-g", "daemon off;" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("nginx did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new NginxServer(process, port, prefix);
        await server.WaitUntilListeningAsync();
        return server;
    }

    public string ErrorLog => File.Exists(Path.Combine(_prefix, "error.log")) ? File.ReadAllText(Path.Combine(_prefix, "error.log")) : string.Empty;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_prefix, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Temp files owned by the worker user may linger; harmless.
        }
    }

    private static string Config(int port, IEnumerable<int> upstreamPorts, string prefix)
    {
        var servers = new StringBuilder();
        foreach (var upstream in upstreamPorts)
        {
            servers.Append(CultureInfo.InvariantCulture, $"    server 127.0.0.1:{upstream} max_fails=1 fail_timeout=5s;\n");
        }

        // As root the workers would switch to an unprivileged user that cannot write the prefix folder.
        var user = Environment.UserName == "root" ? "user root;\n" : string.Empty;
        return user + string.Create(CultureInfo.InvariantCulture, $$"""
            worker_processes 1;
            pid {{prefix}}/nginx.pid;
            error_log {{prefix}}/error.log warn;
            events { worker_connections 1024; }
            http {
              access_log off;
              client_body_temp_path {{prefix}}/client_body;
              proxy_temp_path {{prefix}}/proxy;
              fastcgi_temp_path {{prefix}}/fastcgi;
              uwsgi_temp_path {{prefix}}/uwsgi;
              scgi_temp_path {{prefix}}/scgi;
              upstream movierec {
            {{servers}}    keepalive 32;
              }
              server {
                listen 127.0.0.1:{{port}};
                location / {
                  include {{RepositoryPaths.NginxProxySettings}};
                  proxy_pass http://movierec;
                }
              }
            }
            """);
    }

    private async Task WaitUntilListeningAsync()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited with code {_process.ExitCode}:\n{ErrorLog}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"nginx did not listen on {Port} within {StartTimeout.TotalSeconds} s:\n{ErrorLog}");
    }
}
