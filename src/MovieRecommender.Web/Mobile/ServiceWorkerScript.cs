using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MovieRecommender.Web.Localization;

namespace MovieRecommender.Web.Mobile;

/// <summary>
/// The service worker's source (embedded in the assembly, so it is there however the app is run or published),
/// prefixed with a shell version taken from this build: a new deployment changes the script's bytes, so browsers
/// install the new worker and it replaces the cached shell.
/// The script also names the offered languages: it keeps the offline page in each, and shows the one the visitor reads.
/// </summary>
public sealed class ServiceWorkerScript
{
    private const string ResourceName = "MovieRecommender.Web.Mobile.service-worker.js";
    private const int VersionLength = 12;

    public ServiceWorkerScript(SupportedCultures cultures)
    {
        ArgumentNullException.ThrowIfNull(cultures);
        var assembly = typeof(ServiceWorkerScript).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var languages = $"var SHELL_LANGUAGES = {JsonSerializer.Serialize(cultures.Cultures.Select(c => c.Name))};\n";
        var source = languages + reader.ReadToEnd();
        Version = ComputeVersion(assembly, source);
        Text = $"var SHELL_VERSION = '{Version}';\n{source}";
    }

    /// <summary>Short hex id of this build's shell, e.g. "3f9a0c1b2d4e".</summary>
    public string Version { get; }

    /// <summary>The script as served at /sw.js.</summary>
    public string Text { get; }

    private static string ComputeVersion(Assembly assembly, string source)
    {
        var input = Encoding.UTF8.GetBytes(assembly.ManifestModule.ModuleVersionId.ToString("N") + source);
        return Convert.ToHexStringLower(SHA256.HashData(input))[..VersionLength];
    }
}
