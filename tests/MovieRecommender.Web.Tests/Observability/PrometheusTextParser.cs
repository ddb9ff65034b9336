using System.Diagnostics;
using System.Text.Json;

namespace MovieRecommender.Web.Tests.Observability;

/// <summary>
/// Runs the official Prometheus Python client's exposition parser (Debian python3-prometheus-client, installed by
/// scripts/install-prerequisites.sh) over a scrape, so the test checks what a real Prometheus reader accepts.
/// </summary>
public static class PrometheusTextParser
{
    private const string DebianPython = "/usr/bin/python3";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static async Task<IReadOnlyList<PrometheusSample>> ParseAsync(string exposition)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Observability", "parse_prometheus.py");
        var start = new ProcessStartInfo(DebianPython, [script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {DebianPython}");
        await process.StandardInput.WriteAsync(exposition);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidDataException($"the Prometheus parser rejected the scrape: {await error}");
        }

        return JsonSerializer.Deserialize<List<PrometheusSample>>(await output, Json) ?? [];
    }
}
