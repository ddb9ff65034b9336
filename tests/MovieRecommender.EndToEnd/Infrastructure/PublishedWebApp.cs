using System.Diagnostics;

namespace MovieRecommender.EndToEnd.Infrastructure;

/// <summary>Publishes the already-built web app (same configuration as these tests) into a folder, as the Dockerfile does.</summary>
public static class PublishedWebApp
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(5);

    /// <summary>Runs <c>dotnet publish --no-build</c> into <paramref name="outputDirectory"/> and returns the published assembly.</summary>
    public static async Task<string> PublishAsync(string outputDirectory)
    {
        var root = RepositoryPaths.FindRepositoryRoot();
        var configuration = RepositoryPaths.BuildConfiguration();
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "publish", Path.Combine("src", "MovieRecommender.Web", "MovieRecommender.Web.csproj"),
            "-c", configuration, "--no-build", "-o", outputDirectory, "-nologo", "-v", "quiet",
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("dotnet publish did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(PublishTimeout);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed ({process.ExitCode}):\n{await output}\n{await errors}");
        }

        return Path.Combine(outputDirectory, "MovieRecommender.Web.dll");
    }
}
