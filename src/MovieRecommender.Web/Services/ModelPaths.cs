using Microsoft.Extensions.Options;
using MovieRecommender.Web.Settings;

namespace MovieRecommender.Web.Services;

/// <summary>
/// Resolves configured paths: the model folder against the content root (never the working directory), and
/// the demo catalog against the content root, then each parent up to the repo root, then the app's output folder.
/// </summary>
public sealed class ModelPaths(IOptions<ModelSettings> settings, IHostEnvironment environment)
{
    private const string SolutionFileName = "MovieRecommender.sln";

    public string ModelDirectory { get; } = Path.GetFullPath(settings.Value.Directory, environment.ContentRootPath);

    public string ManifestFileName => "manifest.json";

    /// <summary>The demo catalog, or null when it cannot be found anywhere.</summary>
    public string? FindDemoCatalog() => FindDataFile(settings.Value.DemoCatalog, environment.ContentRootPath);

    public string? FindDemoCredits() =>
        string.IsNullOrWhiteSpace(settings.Value.DemoCredits) ? null : FindDataFile(settings.Value.DemoCredits, environment.ContentRootPath);

    public string? FindDemoProviders() =>
        string.IsNullOrWhiteSpace(settings.Value.DemoProviders) ? null : FindDataFile(settings.Value.DemoProviders, environment.ContentRootPath);

    internal static string? FindDataFile(string configuredPath, string contentRoot)
    {
        if (Path.IsPathRooted(configuredPath))
        {
            return File.Exists(configuredPath) ? configuredPath : null;
        }

        foreach (var root in CandidateRoots(contentRoot))
        {
            var candidate = Path.GetFullPath(configuredPath, root);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static IEnumerable<string> CandidateRoots(string contentRoot)
    {
        yield return contentRoot;
        for (var dir = new DirectoryInfo(contentRoot).Parent; dir is not null; dir = dir.Parent)
        {
            yield return dir.FullName;
            if (File.Exists(Path.Combine(dir.FullName, SolutionFileName)))
            {
                break;
            }
        }

        // Last: the copy linked into the build output (tools that run the app from elsewhere).
        yield return AppContext.BaseDirectory;
    }
}
