using System.Globalization;
using Microsoft.Extensions.Localization;

namespace MovieRecommender.Web.Localization;

public static class TextExtensions
{
    /// <summary>
    /// "1 film" / "1,234 films": the key's ".One" or ".Other" form with the count formatted in the request culture.
    /// Two forms cover English and Spanish; a language with more plural forms needs more keys here.
    /// </summary>
    public static string Plural(this IStringLocalizer text, long count, string key)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[count == 1 ? key + ".One" : key + ".Other", count.ToString("N0", CultureInfo.CurrentCulture)];
    }

    /// <summary>A catalog genre's name in the request's language; genres without a translation keep their name.</summary>
    public static string Genre(this IStringLocalizer text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        var translated = text["Genre." + name];
        return translated.ResourceNotFound ? name : translated.Value;
    }

    /// <summary>A film's original language ("fr") as a name in the request's language ("French", "francés").</summary>
    public static string LanguageName(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        try
        {
            var culture = CultureInfo.GetCultureInfo(code, predefinedOnly: true);
            return culture.Name.Length == 0 ? code : culture.DisplayName;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }

    /// <summary>
    /// The value for an HTML lang attribute: a 2–3 letter language code, else null (unknown). TMDB's
    /// <c>original_language</c> is ISO 639-1 except for codes of its own, which are no valid language tag and make
    /// screen readers pick a wrong voice: "cn" (Cantonese, BCP 47 "yue") and "xx" (no language).
    /// </summary>
    public static string? LangAttribute(string? code)
    {
        if (code is not { Length: >= 2 and <= 3 } || !code.All(char.IsAsciiLetter))
        {
            return null;
        }

        var lower = code.ToLowerInvariant();
        return TmdbOwnLanguageCodes.TryGetValue(lower, out var tag) ? tag : lower;
    }

    private static readonly Dictionary<string, string?> TmdbOwnLanguageCodes = new(StringComparer.Ordinal)
    {
        ["cn"] = "yue",
        ["xx"] = null,
    };

    /// <summary>A date in words in the request's culture without the weekday: "July 16, 2008", "16 de julio de 2008".</summary>
    public static string LongDate(DateOnly date)
    {
        var pattern = CultureInfo.CurrentCulture.DateTimeFormat.LongDatePattern;
        foreach (var weekday in WeekdayPrefixes)
        {
            if (pattern.StartsWith(weekday, StringComparison.Ordinal))
            {
                pattern = pattern[weekday.Length..];
                break;
            }
        }

        return date.ToString(pattern, CultureInfo.CurrentCulture);
    }

    private static readonly string[] WeekdayPrefixes = ["dddd, ", "dddd "];
}
