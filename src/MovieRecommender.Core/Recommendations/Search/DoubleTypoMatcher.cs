namespace MovieRecommender.Core.Recommendations.Search;

/// <summary>
/// Vocabulary words having a prefix within two edits (insertions, deletions, substitutions, adjacent transpositions:
/// restricted Damerau–Levenshtein) of a query word, for the long words people mistype twice ("silreado",
/// "the revnepnt"). Probing every two-edit variant, as <see cref="TypoExpander"/> does for one edit, would cost
/// thousands of binary searches; instead the words sharing the query's first letter are scanned with an early exit,
/// and on a vocabulary large enough to make that scan expensive, the words sharing its first two or three letters.
/// </summary>
internal static class DoubleTypoMatcher
{
    public const int MaxEdits = 2;

    // Beyond this many words the scan narrows to a longer fixed prefix: the scan stays well under a millisecond.
    private const int MaxScannedWords = 16_384;
    private const int MaxFixedPrefix = 3;
    private const int MaxQueryLength = 64;

    /// <summary>Sorted, non-overlapping ranges of matching words (empty when none).</summary>
    public static WordRange[] Expand(string[] words, string token)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(token);
        if (token.Length is 0 or > MaxQueryLength)
        {
            return [];
        }

        WordRange scope = default;
        for (int fixedPrefix = 1; fixedPrefix <= Math.Min(MaxFixedPrefix, token.Length); fixedPrefix++)
        {
            scope = VocabularySearch.PrefixRange(words, token.AsSpan(0, fixedPrefix), 0, words.Length);
            if (scope.Length <= MaxScannedWords)
            {
                break;
            }
        }

        var ranges = new List<WordRange>();
        int end = Math.Min(scope.End, scope.Start + MaxScannedWords);
        for (int word = scope.Start; word < end; word++)
        {
            if (PrefixDistanceAtMost(token, words[word]))
            {
                if (ranges.Count > 0 && ranges[^1].End == word)
                {
                    ranges[^1] = new WordRange(ranges[^1].Start, word + 1);
                }
                else
                {
                    ranges.Add(new WordRange(word, word + 1));
                }
            }
        }

        return [.. ranges];
    }

    /// <summary>
    /// True when some prefix of <paramref name="word"/> is within <see cref="MaxEdits"/> edits of
    /// <paramref name="query"/>: the smallest value in the last column of the edit-distance table, built one word
    /// letter at a time and abandoned as soon as every cell of a row exceeds the limit.
    /// </summary>
    internal static bool PrefixDistanceAtMost(ReadOnlySpan<char> query, ReadOnlySpan<char> word)
    {
        int m = query.Length;
        Span<int> previousPrevious = stackalloc int[m + 1];
        Span<int> previous = stackalloc int[m + 1];
        Span<int> current = stackalloc int[m + 1];
        for (int i = 0; i <= m; i++)
        {
            previous[i] = i;
        }

        if (previous[m] <= MaxEdits)
        {
            return true; // the query is short enough to be deleted entirely
        }

        for (int j = 1; j <= word.Length; j++)
        {
            current[0] = j;
            int rowMinimum = current[0];
            for (int i = 1; i <= m; i++)
            {
                int cost = query[i - 1] == word[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(previous[i] + 1, current[i - 1] + 1), previous[i - 1] + cost);
                if (i > 1 && j > 1 && query[i - 1] == word[j - 2] && query[i - 2] == word[j - 1])
                {
                    value = Math.Min(value, previousPrevious[i - 2] + 1);
                }

                current[i] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (current[m] <= MaxEdits)
            {
                return true;
            }

            if (rowMinimum > MaxEdits)
            {
                return false;
            }

            Span<int> recycled = previousPrevious;
            previousPrevious = previous;
            previous = current;
            current = recycled;
        }

        return false;
    }
}
