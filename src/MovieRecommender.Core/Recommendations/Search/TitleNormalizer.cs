using System.Buffers;
using System.Globalization;
using System.Text;

namespace MovieRecommender.Core.Recommendations.Search;

/// <summary>
/// Turns titles, person names and queries into one comparable form: lower-case, accents removed, punctuation
/// collapsed to single spaces, "&amp;" spelled "and". Titles and queries go through the same code so that
/// what a user types and what the catalog holds meet in the middle.
/// </summary>
internal static class TitleNormalizer
{
    /// <summary>Longest input looked at; anything longer is cut first so garbage input costs bounded work.</summary>
    public const int MaxInputLength = 200;

    private const int StackBufferLength = 512;

    // "&" becomes " and ", the longest expansion of one input char.
    private const int MaxExpansionPerChar = 5;

    private static readonly string[] LeadingArticles = ["the", "a", "an"];

    // MovieLens and library catalogs write "Matrix, The"; treat it as "The Matrix".
    private static readonly string[] TrailingArticleSuffixes = [", the", ", a", ", an"];

    /// <summary>Normalised form with the leading article kept ("the dark knight").</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        ReadOnlySpan<char> input = text.AsSpan().Trim();
        if (input.Length > MaxInputLength)
        {
            input = input[..MaxInputLength];
        }

        foreach (var suffix in TrailingArticleSuffixes)
        {
            if (input.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && input.Length > suffix.Length)
            {
                input = input[..^suffix.Length];
                break;
            }
        }

        string decomposed = IsAscii(input) ? string.Empty : Decompose(input);
        ReadOnlySpan<char> source = decomposed.Length > 0 ? decomposed.AsSpan() : input;

        int capacity = (source.Length * MaxExpansionPerChar) + 1;
        char[]? rented = null;
        Span<char> buffer = capacity <= StackBufferLength
            ? stackalloc char[StackBufferLength]
            : (rented = ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            int length = Fold(source, buffer);
            return length == 0 ? string.Empty : new string(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Normalised form used as a title key: like <see cref="Normalize"/> without a leading article.</summary>
    public static string NormalizeTitleKey(string? text) => DropLeadingArticle(Normalize(text));

    /// <summary>"the dark knight" → "dark knight"; a lone "the" stays (it is the whole title).</summary>
    public static string DropLeadingArticle(string normalized)
    {
        foreach (var article in LeadingArticles)
        {
            if (normalized.Length > article.Length + 1
                && normalized.StartsWith(article, StringComparison.Ordinal)
                && normalized[article.Length] == ' ')
            {
                return normalized[(article.Length + 1)..];
            }
        }

        return normalized;
    }

    public static bool IsArticle(ReadOnlySpan<char> word)
    {
        foreach (var article in LeadingArticles)
        {
            if (word.SequenceEqual(article))
            {
                return true;
            }
        }

        return false;
    }

    private static int Fold(ReadOnlySpan<char> source, Span<char> buffer)
    {
        int length = 0;
        bool pendingSpace = false;
        foreach (char c in source)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && length > 0)
                {
                    buffer[length++] = ' ';
                }

                pendingSpace = false;
                buffer[length++] = char.ToLowerInvariant(c);
            }
            else if (c == '&')
            {
                pendingSpace = false;
                if (length > 0)
                {
                    buffer[length++] = ' ';
                }

                "and".AsSpan().CopyTo(buffer[length..]);
                length += 3;
                pendingSpace = true;
            }
            else if (IsApostrophe(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
                         or UnicodeCategory.Format)
            {
                // "Schindler's" reads as "schindlers"; combining accents left by FormD are dropped.
            }
            else
            {
                pendingSpace = true;
            }
        }

        return length;
    }

    private static string Decompose(ReadOnlySpan<char> input)
    {
        string text = input.ToString();
        try
        {
            return text.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            // Ill-formed UTF-16 (a lone surrogate) cannot be normalised; fold the raw characters instead.
            return text;
        }
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '`' or '\u00B4';

    private static bool IsAscii(ReadOnlySpan<char> text) => Ascii.IsValid(text);
}
