using System.Text;

namespace MovieRecommender.Benchmarks.Synthetic;

/// <summary>
/// Deterministic pronounceable pseudo-words: word i spells i in base |syllables| (at least two syllables), so
/// every index gives a distinct word and low (frequent) ranks get short words, as in natural language.
/// </summary>
public static class PseudoWords
{
    private static readonly string[] Syllables =
    [
        "ba", "be", "bi", "bo", "ca", "ce", "da", "de", "di", "do", "fa", "fe", "ga", "go", "ha", "he", "ja", "ka",
        "ki", "ko", "la", "le", "li", "lo", "lu", "ma", "me", "mi", "mo", "na", "ne", "ni", "no", "pa", "pe", "pi",
        "ra", "re", "ri", "ro", "sa", "se", "si", "so", "ta", "te", "ti", "to", "va", "ve", "vi", "wa", "ya", "za",
        "ar", "en", "il", "on", "ur", "ex",
    ];

    public static string Word(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var builder = new StringBuilder();
        var value = index + Syllables.Length; // skip single-syllable words
        while (value > 0)
        {
            builder.Insert(0, Syllables[value % Syllables.Length]);
            value /= Syllables.Length;
        }

        return builder.ToString();
    }

    public static string Capitalized(int index)
    {
        var word = Word(index);
        return string.Concat(char.ToUpperInvariant(word[0]).ToString(), word.AsSpan(1));
    }
}
