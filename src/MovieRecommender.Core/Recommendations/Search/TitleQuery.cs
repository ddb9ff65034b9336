using System.Globalization;
using System.Text.RegularExpressions;

namespace MovieRecommender.Core.Recommendations.Search;

/// <summary>
/// A title as typed, split into its normalised key and an optional trailing release year:
/// "Dune (2021)", "Dune [2021]" and "Dune 2021" all mean Dune released in 2021. The full key is kept
/// too, because "Blade Runner 2049" and "1917" are titles, not years.
/// </summary>
internal readonly partial record struct TitleQuery(string FullKey, string KeyWithoutYear, int? Year)
{
    private const int MinPlausibleYear = 1870;
    private const int MaxPlausibleYear = 2100;
    private const int RegexTimeoutMilliseconds = 100;

    public bool IsEmpty => FullKey.Length == 0;

    public static TitleQuery Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new TitleQuery(string.Empty, string.Empty, null);
        }

        string bounded = text.Length > TitleNormalizer.MaxInputLength ? text[..TitleNormalizer.MaxInputLength] : text;
        string fullKey = TitleNormalizer.NormalizeTitleKey(bounded);
        try
        {
            Match match = TrailingYear().Match(bounded);
            if (match.Success
                && int.TryParse(match.Groups["year"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out int year)
                && year is >= MinPlausibleYear and <= MaxPlausibleYear)
            {
                string withoutYear = TitleNormalizer.NormalizeTitleKey(match.Groups["title"].Value);
                if (withoutYear.Length > 0)
                {
                    return new TitleQuery(fullKey, withoutYear, year);
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological input: fall back to the plain title.
        }

        return new TitleQuery(fullKey, fullKey, null);
    }

    [GeneratedRegex(@"^(?<title>.*?\S)\s*(?:\((?<year>\d{4})\)|\[(?<year>\d{4})\]|\s(?<year>\d{4}))\s*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, RegexTimeoutMilliseconds)]
    private static partial Regex TrailingYear();
}
