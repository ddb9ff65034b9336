using System.Text.RegularExpressions;
using MovieRecommender.Data.Social;
using MovieRecommender.Web.Apis;

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

    // The rules below are API validation messages, in the request's language; each names the body field as sent.
    public static string HandleRule(HttpContext context) =>
        ProblemResults.Text(context, "Problem.HandleRule", SocialLimits.MinHandleLength, SocialLimits.MaxHandleLength);

    public static string DisplayNameRule(HttpContext context) => ProblemResults.Text(context, "Problem.DisplayNameRule", SocialLimits.MaxDisplayNameLength);

    public static string ListNameRule(HttpContext context) => ProblemResults.Text(context, "Problem.ListNameRule", SocialLimits.MaxListNameLength);

    public static string ReviewRule(HttpContext context) => ProblemResults.Text(context, "Problem.ReviewRule", SocialLimits.MaxReviewLength);

    private static string? Line(string? raw, int maxLength)
    {
        var value = raw?.Trim();
        return !string.IsNullOrEmpty(value) && value.Length <= maxLength && !value.Any(char.IsControl) ? value : null;
    }

    [GeneratedRegex(SocialLimits.HandlePattern, RegexOptions.CultureInvariant)]
    private static partial Regex HandleRegex();
}
