using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace MovieRecommender.Web.Tests.Deployment;

/// <summary>The Dockerfile's cached restore layer, checked without a Docker engine.</summary>
public sealed partial class DockerfileTests
{
    [Fact]
    public void RestoreLayer_CopiesEveryProjectTheWebAppReferences()
    {
        // Arrange
        var root = FindRepositoryRoot();
        var dockerfile = File.ReadAllText(Path.Combine(root, "Dockerfile"));
        var beforeRestore = dockerfile[..dockerfile.IndexOf("dotnet restore", StringComparison.Ordinal)];
        var copied = CopiedProject().Matches(beforeRestore).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        // Act
        var referenced = ProjectClosure(root, "src/MovieRecommender.Web/MovieRecommender.Web.csproj");

        // Assert: a project missing here makes `dotnet restore` fail inside the image build.
        var missing = referenced.Except(copied).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void RestoreAndPublish_UseTheSameRuntimeIdentifier()
    {
        // Arrange: publish runs with --no-restore, so a runtime the restore did not include fails the image build,
        // and without a runtime the ReadyToRun compilation (the csproj files) silently does not happen.
        var dockerfile = File.ReadAllText(Path.Combine(FindRepositoryRoot(), "Dockerfile"));

        // Act
        var commands = DotnetRestoreOrPublish().Matches(dockerfile).Select(m => m.Value).ToList();

        // Assert
        Assert.Equal(4, commands.Count);
        Assert.All(commands, command => Assert.Contains("-r \"$rid\"", command, StringComparison.Ordinal));
    }

    private static SortedSet<string> ProjectClosure(string root, string project)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var current))
        {
            if (!found.Add(current))
            {
                continue;
            }

            var folder = Path.GetDirectoryName(Path.Combine(root, current))!;
            foreach (var include in XDocument.Load(Path.Combine(root, current)).Descendants("ProjectReference").Select(r => (string)r.Attribute("Include")!))
            {
                var full = Path.GetFullPath(Path.Combine(folder, include.Replace('\\', '/')));
                pending.Push(Path.GetRelativePath(root, full).Replace('\\', '/'));
            }
        }

        return found;
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Dockerfile")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Dockerfile not found above the test output");
    }

    [GeneratedRegex(@"dotnet (?:restore|publish) [^\n]*")]
    private static partial Regex DotnetRestoreOrPublish();

    [GeneratedRegex(@"^COPY\s+(\S+\.csproj)\s", RegexOptions.Multiline)]
    private static partial Regex CopiedProject();
}
