namespace MovieRecommender.EndToEnd.Infrastructure;

/// <summary>Finds the repository and the web app's build output from wherever the test assembly runs.</summary>
public static class RepositoryPaths
{
    private const string SolutionFileName = "MovieRecommender.sln";
    private const string TestProjectName = "MovieRecommender.EndToEnd";
    private const string WebProjectName = "MovieRecommender.Web";

    /// <summary>Lets a developer point the tests at another build of the app (e.g. a publish folder).</summary>
    public const string WebAssemblyOverrideVariable = "MOVIEREC_E2E_WEB_DLL";

    /// <summary>The folder that holds MovieRecommender.sln, found by walking up from the test assembly.</summary>
    public static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(
            $"Could not find {SolutionFileName} above {AppContext.BaseDirectory}; run the tests from the repository.");
    }

    /// <summary>
    /// The web app's main assembly built with the same configuration and framework as this test assembly:
    /// tests/MovieRecommender.EndToEnd/bin/Debug/net10.0 maps to src/MovieRecommender.Web/bin/Debug/net10.0.
    /// </summary>
    public static string FindWebAssembly()
    {
        var overridePath = Environment.GetEnvironmentVariable(WebAssemblyOverrideVariable);
        if (!string.IsNullOrWhiteSpace(overridePath))
        {
            return File.Exists(overridePath)
                ? Path.GetFullPath(overridePath)
                : throw new FileNotFoundException($"{WebAssemblyOverrideVariable} points at a missing file.", overridePath);
        }

        var root = FindRepositoryRoot();
        var testProjectDirectory = Path.Combine(root, "tests", TestProjectName);
        var outputSuffix = Path.GetRelativePath(testProjectDirectory, AppContext.BaseDirectory);
        var webAssembly = Path.GetFullPath(
            Path.Combine(root, "src", WebProjectName, outputSuffix, WebProjectName + ".dll"));

        return File.Exists(webAssembly)
            ? webAssembly
            : throw new FileNotFoundException(
                $"The web app is not built at {webAssembly}. Build the solution first (./scripts/test.sh does).",
                webAssembly);
    }

    /// <summary>The configuration (Debug, Release) the web app under test was built with, from its output path.</summary>
    public static string BuildConfiguration() =>
        new DirectoryInfo(Path.GetDirectoryName(FindWebAssembly())!).Parent!.Name;
}
