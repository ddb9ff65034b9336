namespace MovieRecommender.Core.Recommendations.Search;

/// <summary>Binary searches over an ordinally sorted vocabulary.</summary>
internal static class VocabularySearch
{
    /// <summary>The words in [low, high) that start with <paramref name="prefix"/>, as one contiguous range.</summary>
    public static WordRange PrefixRange(string[] words, ReadOnlySpan<char> prefix, int low, int high)
    {
        int start = LowerBound(words, prefix, low, high);
        int end = PrefixEnd(words, prefix, start, high);
        return new WordRange(start, end);
    }

    /// <summary>First index in [low, high) whose word is ordinally ≥ <paramref name="value"/>.</summary>
    private static int LowerBound(string[] words, ReadOnlySpan<char> value, int low, int high)
    {
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (words[middle].AsSpan().SequenceCompareTo(value) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>First index in [low, high) whose first |prefix| characters sort after the prefix.</summary>
    private static int PrefixEnd(string[] words, ReadOnlySpan<char> prefix, int low, int high)
    {
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            ReadOnlySpan<char> word = words[middle];
            ReadOnlySpan<char> head = word[..Math.Min(word.Length, prefix.Length)];
            if (head.SequenceCompareTo(prefix) <= 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
