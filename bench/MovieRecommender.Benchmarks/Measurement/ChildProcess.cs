using System.Diagnostics;
using System.Text.Json;

namespace MovieRecommender.Benchmarks.Measurement;

/// <summary>Runs this benchmarks executable again with other arguments and reads the JSON line it prints last.</summary>
public static class ChildProcess
{
    /// <exception cref="TimeoutException">The child ran longer than <paramref name="timeout"/> and was stopped.</exception>
    public static async Task<T> RunAsync<T>(IReadOnlyList<string> arguments, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("Cannot locate the running executable.");
        var info = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };

        // Under "dotnet X.dll" the host is dotnet itself and needs the assembly path first.
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            info.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {host}.");
        using var deadline = new CancellationTokenSource(timeout ?? Timeout.InfiniteTimeSpan);
        string output;
        try
        {
            output = await process.StandardOutput.ReadToEndAsync(deadline.Token);
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            // Our own child: stop it (and anything it started) rather than leave it running.
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{string.Join(' ', arguments)}' did not finish within {timeout}.");
        }

        Console.Write(output);
        var json = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .LastOrDefault(l => l.StartsWith('{'));
        if (process.ExitCode != 0 || json is null)
        {
            throw new InvalidOperationException($"'{string.Join(' ', arguments)}' failed with exit code {process.ExitCode}.");
        }

        return JsonSerializer.Deserialize<T>(json) ?? throw new InvalidOperationException("Empty measurement.");
    }
}
