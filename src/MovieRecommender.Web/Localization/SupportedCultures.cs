using System.Globalization;
using Microsoft.Extensions.Options;

namespace MovieRecommender.Web.Localization;

/// <summary>
/// The languages this deployment offers: the configured list, or else English plus every language the build has a
/// satellite resource assembly for (one per SharedResource.{culture}.resx).
/// </summary>
public sealed class SupportedCultures
{
    public SupportedCultures(IOptions<LocalizationSettings> options)
        : this(options.Value.SupportedCultures, Discover())
    {
    }

    internal SupportedCultures(IReadOnlyList<string> configured, IReadOnlyList<string> discovered)
    {
        var names = configured.Count > 0 ? configured : [LocalizationSettings.DefaultCulture, .. discovered];
        Cultures = [.. names.Select(n => CultureInfo.GetCultureInfo(n)).DistinctBy(c => c.Name, StringComparer.OrdinalIgnoreCase)];
        Default = Cultures.FirstOrDefault(c => c.Name == LocalizationSettings.DefaultCulture) ?? Cultures[0];
    }

    /// <summary>In the order offered; the default first unless configured otherwise.</summary>
    public IReadOnlyList<CultureInfo> Cultures { get; }

    public CultureInfo Default { get; }

    /// <summary>The offered culture of that name (case-insensitive), or null.</summary>
    public CultureInfo? Find(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : Cultures.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Culture folders next to the app's assembly that hold its satellite resources.</summary>
    internal static IReadOnlyList<string> Discover()
    {
        var assembly = typeof(SharedResource).Assembly;
        var folder = Path.GetDirectoryName(assembly.Location);
        if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder))
        {
            return [];
        }

        var satellite = assembly.GetName().Name + ".resources.dll";
        return [.. Directory.EnumerateDirectories(folder)
            .Where(d => File.Exists(Path.Combine(d, satellite)))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(IsCultureName)
            .Order(StringComparer.Ordinal)];
    }

    private static bool IsCultureName(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true).Name.Length > 0;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
