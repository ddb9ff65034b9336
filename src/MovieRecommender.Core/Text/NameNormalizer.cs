using System.Globalization;
using System.Text;

namespace MovieRecommender.Core.Text;

/// <summary>
/// Turns a multi-word name into one token ("Christopher Nolan" → "christophernolan", "Pedro Almodóvar" →
/// "pedroalmodovar") so people, companies and genres match as a whole and never stem or collide with words.
/// </summary>
public static class NameNormalizer
{
    public static string ToToken(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
