using System.Text.RegularExpressions;
using MovieRecommender.Data.Social;

namespace MovieRecommender.Web.Social;

/// <summary>
/// Checks and normalises what users type into the social features. Each returns null for input that must be
/// refused; the text is stored as typed (never HTML-encoded) and Razor/JSON escape it on the way out.
/// </summary>
public static partial class SocialInput
{
    /// <summary>Lower-cased handle when it has 3–30 letters, digits or underscores.</summary>
    public static string? Handle(string? raw)
    {
        var value = raw?.Trim().ToLowerInvariant();
        return value is not null && HandleRegex().IsMatch(value) ? value : null;
    }

    public static string? DisplayName(string? raw) => Line(raw, SocialLimits.MaxDisplayNameLength);

    public static string? ListName(string? raw) => Line(raw, SocialLimits.MaxListNameLength);

    /// <summary>Trimmed review with Unix line breaks; no other control characters; 1–1000 characters.</summary>
    public static string? Review(string? raw)
    {
        var value = raw?.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
        return !string.IsNullOrEmpty(value) && value.Length <= SocialLimits.MaxReviewLength && !value.Any(c => char.IsControl(c) && c != '\n')
            ? value
            : null;
    }

    public static string HandleRule => $"handle must be {SocialLimits.MinHandleLength}–{SocialLimits.MaxHandleLength} letters, digits or underscores.";

    public static string DisplayNameRule => $"displayName must be 1–{SocialLimits.MaxDisplayNameLength} characters of plain text.";

    public static string ListNameRule => $"name must be 1–{SocialLimits.MaxListNameLength} characters of plain text.";

    public static string ReviewRule => $"text must be 1–{SocialLimits.MaxReviewLength} characters of plain text (line breaks allowed).";

    private static string? Line(string? raw, int maxLength)
    {
        var value = raw?.Trim();
        return !string.IsNullOrEmpty(value) && value.Length <= maxLength && !value.Any(char.IsControl) ? value : null;
    }

    [GeneratedRegex(SocialLimits.HandlePattern, RegexOptions.CultureInvariant)]
    private static partial Regex HandleRegex();
}
