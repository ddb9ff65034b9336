namespace MovieRecommender.ScaleOut.Tests.Infrastructure;

/// <summary>The repository and the build outputs of the app and the trainer, found from the test assembly.</summary>
public static class RepositoryPaths
{
    private const string SolutionFileName = "MovieRecommender.sln";
    private const string TestProjectName = "MovieRecommender.ScaleOut.Tests";

    public static string Root { get; } = FindRoot();

    /// <summary>src/MovieRecommender.Web/bin/{configuration}/net10.0/MovieRecommender.Web.dll, as this assembly is built.</summary>
    public static string WebAssembly => BuildOutput("MovieRecommender.Web");

    public static string TrainerAssembly => BuildOutput("MovieRecommender.Training");

    public static string DemoCatalog => Path.Combine(Root, "data", "demo", "movies.csv");

    public static string DemoCredits => Path.Combine(Root, "data", "demo", "credits.csv");

    /// <summary>The proxy settings shared by the compose deployment and the tests' nginx.</summary>
    public static string NginxProxySettings => Path.Combine(Root, "deploy", "nginx", "proxy.conf");

    private static string BuildOutput(string project)
    {
        var testProjectDirectory = Path.Combine(Root, "tests", TestProjectName);
        var outputSuffix = Path.GetRelativePath(testProjectDirectory, AppContext.BaseDirectory);
        var assembly = Path.GetFullPath(Path.Combine(Root, "src", project, outputSuffix, project + ".dll"));
        return File.Exists(assembly)
            ? assembly
            : throw new FileNotFoundException($"{project} is not built at {assembly}. Build the solution first (./scripts/test.sh does).", assembly);
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No {SolutionFileName} above {AppContext.BaseDirectory}; run the tests from the repository.");
    }
}
