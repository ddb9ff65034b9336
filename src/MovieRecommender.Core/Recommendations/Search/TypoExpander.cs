namespace MovieRecommender.Core.Recommendations.Search;

/// <summary>
/// Finds every vocabulary word having a prefix within one edit (deletion, insertion, substitution or
/// adjacent transposition) of a query word, as a set of word ranges. The first letter is assumed right,
/// as most search engines do: that keeps each edit position's search inside the range of words sharing the
/// letters before it, and it walks only the distinct next letters present there, never the vocabulary.
/// </summary>
internal static class TypoExpander
{
    private const int MaxBranchingPerPosition = 64;
    private const int MaxProbeLength = 64;

    /// <summary>Sorted, non-overlapping ranges, including <paramref name="exact"/> when it is not empty.</summary>
    public static WordRange[] Expand(string[] words, string token, WordRange exact)
    {
        var ranges = new List<WordRange>();
        if (!exact.IsEmpty)
        {
            ranges.Add(exact);
        }

        if (token.Length > MaxProbeLength)
        {
            return Coalesce(ranges);
        }

        ReadOnlySpan<char> query = token;
        Span<char> probe = stackalloc char[MaxProbeLength + 1];
        for (int position = 1; position < query.Length; position++)
        {
            // Deletion: the user typed an extra letter.
            query[..position].CopyTo(probe);
            query[(position + 1)..].CopyTo(probe[position..]);
            AddRange(ranges, words, probe[..(query.Length - 1)], 0, words.Length);

            // Transposition of the letters at position and position + 1.
            if (position + 1 < query.Length && query[position] != query[position + 1])
            {
                query.CopyTo(probe);
                (probe[position], probe[position + 1]) = (probe[position + 1], probe[position]);
                AddRange(ranges, words, probe[..query.Length], 0, words.Length);
            }

            AddBranches(ranges, words, query, position, probe);
        }

        return Coalesce(ranges);
    }

    /// <summary>Substitution at <paramref name="position"/> and insertion before it, for each letter present.</summary>
    private static void AddBranches(List<WordRange> ranges, string[] words, ReadOnlySpan<char> query, int position,
        Span<char> probe)
    {
        WordRange stem = VocabularySearch.PrefixRange(words, query[..position], 0, words.Length);
        int start = stem.Start;
        while (start < stem.End && words[start].Length <= position)
        {
            start++; // the word equal to the stem has no letter at this position
        }

        int branches = 0;
        while (start < stem.End && branches++ < MaxBranchingPerPosition)
        {
            char letter = words[start][position];
            query[..position].CopyTo(probe);
            probe[position] = letter;
            WordRange branch = VocabularySearch.PrefixRange(words, probe[..(position + 1)], start, stem.End);

            // Substitution: the user typed a wrong letter here.
            if (letter != query[position])
            {
                query[(position + 1)..].CopyTo(probe[(position + 1)..]);
                AddRange(ranges, words, probe[..query.Length], branch.Start, branch.End);
            }

            // Insertion: the user missed this letter.
            query[position..].CopyTo(probe[(position + 1)..]);
            AddRange(ranges, words, probe[..(query.Length + 1)], branch.Start, branch.End);

            start = Math.Max(branch.End, start + 1);
        }
    }

    private static void AddRange(List<WordRange> ranges, string[] words, ReadOnlySpan<char> prefix, int low, int high)
    {
        WordRange range = VocabularySearch.PrefixRange(words, prefix, low, high);
        if (!range.IsEmpty)
        {
            ranges.Add(range);
        }
    }

    private static WordRange[] Coalesce(List<WordRange> ranges)
    {
        if (ranges.Count <= 1)
        {
            return [.. ranges];
        }

        ranges.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<WordRange>(ranges.Count) { ranges[0] };
        for (int i = 1; i < ranges.Count; i++)
        {
            WordRange last = merged[^1];
            if (ranges[i].Start <= last.End)
            {
                merged[^1] = new WordRange(last.Start, Math.Max(last.End, ranges[i].End));
            }
            else
            {
                merged.Add(ranges[i]);
            }
        }

        return [.. merged];
    }
}
