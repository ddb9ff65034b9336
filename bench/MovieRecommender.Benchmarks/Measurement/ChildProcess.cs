using System.Diagnostics;
using System.Text.Json;

namespace MovieRecommender.Benchmarks.Measurement;

/// <summary>Runs this benchmarks executable again with other arguments and reads the JSON line it prints last.</summary>
public static class ChildProcess
{
    public static async Task<T> RunAsync<T>(IReadOnlyList<string> arguments, CancellationToken cancellationToken = default)
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
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
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
