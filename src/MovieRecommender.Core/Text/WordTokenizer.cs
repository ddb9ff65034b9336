namespace MovieRecommender.Core.Text;

/// <summary>
/// Splits free text into lower-case word tokens of at least two letters or digits, like scikit-learn's
/// default <c>token_pattern</c> (<c>\b\w\w+\b</c>).
/// </summary>
public static class WordTokenizer
{
    public const int MinTokenLength = 2;

    public static IEnumerable<string> Tokenize(string? text, int maxWords = int.MaxValue)
    {
        if (string.IsNullOrEmpty(text) || maxWords <= 0)
        {
            yield break;
        }

        var produced = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWordChar = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWordChar)
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0)
            {
                if (i - start >= MinTokenLength)
                {
                    yield return text[start..i].ToLowerInvariant();
                    if (++produced == maxWords)
                    {
                        yield break;
                    }
                }

                start = -1;
            }
        }
    }
}
