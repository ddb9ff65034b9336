using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MovieRecommender.EndToEnd.Infrastructure;

namespace MovieRecommender.EndToEnd.Operations;

/// <summary>scripts/serve.sh, the documented way to serve a trained model in production.</summary>
[Collection(EndToEndSuite.Name)]
public sealed class ServeScriptTests(WebAppFixture app)
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(2);

    private static string Script => Path.Combine(RepositoryPaths.FindRepositoryRoot(), "scripts", "serve.sh");

    [Fact]
    public async Task Serve_TrainedModel_ServesItInProductionWithoutTheLaunchProfile()
    {
        // Arrange: the model the shared (Development) app trained, served by the script.
        await using var served = await WebAppProcess.StartAsync(new WebAppOptions
        {
            Command = ["bash", Script, app.App.ModelDirectory],
            WorkingDirectory = RepositoryPaths.FindRepositoryRoot(),
            Settings = new Dictionary<string, string>
            {
                ["CONFIGURATION"] = RepositoryPaths.BuildConfiguration(),
                ["NO_BUILD"] = "1",
                ["RateLimiting__Enabled"] = "false",
            },
        });

        // Act
        var health = await served.Client.GetFromJsonAsync<JsonElement>("/api/health");
        var sharedHealth = await app.Client.GetFromJsonAsync<JsonElement>("/api/health");
        var productionReference = await served.Client.GetAsync("/scalar");
        var developmentReference = await app.Client.GetAsync("/scalar");

        // Assert: it serves the model, and Production hides the API reference UI the Development profile shows.
        Assert.Equal("healthy", health.GetProperty("status").GetString());
        Assert.Equal(sharedHealth.GetProperty("modelVersion").GetString(), health.GetProperty("modelVersion").GetString());
        Assert.Equal("demo", health.GetProperty("catalog").GetString());
        Assert.Equal(HttpStatusCode.NotFound, productionReference.StatusCode);
        Assert.Equal(HttpStatusCode.OK, developmentReference.StatusCode);
    }

    [Fact]
    public async Task Serve_FolderWithoutModel_ExitsWithAMessageInsteadOfServingTheDemo()
    {
        // Arrange
        using var empty = new TemporaryFolder();
        var startInfo = new ProcessStartInfo("bash")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(Script);
        startInfo.ArgumentList.Add(empty.Path);

        // Act
        using var process = Process.Start(startInfo)!;
        var errors = await process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ScriptTimeout);
        await process.WaitForExitAsync(timeout.Token);

        // Assert
        Assert.Equal(2, process.ExitCode);
        Assert.Contains("no model in", errors, StringComparison.Ordinal);
    }
}
