using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace MovieRecommender.Web.Localization;

/// <summary>The languages offered (section "Localization").</summary>
public sealed class LocalizationSettings : IValidatableObject
{
    public const string SectionName = "Localization";

    /// <summary>The language of the resource file without a culture suffix, used when nothing else matches.</summary>
    public const string DefaultCulture = "en";

    /// <summary>
    /// Culture names offered, e.g. ["en", "es"]. Empty (the default): every language the build has a translation of
    /// (a SharedResource.{culture}.resx), so adding a language needs no setting.
    /// </summary>
    public string[] SupportedCultures { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var name in SupportedCultures)
        {
            if (!IsKnownCulture(name))
            {
                yield return new ValidationResult(
                    $"{SectionName}:{nameof(SupportedCultures)} contains '{name}', which is not a culture name such as en or es.",
                    [nameof(SupportedCultures)]);
            }
        }
    }

    private static bool IsKnownCulture(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        try
        {
            // Predefined only: "xx-nonsense" would otherwise be accepted as a custom culture.
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true).Name.Length > 0;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
