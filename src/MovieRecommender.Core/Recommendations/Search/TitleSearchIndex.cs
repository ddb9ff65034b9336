using System.Runtime.CompilerServices;
using MovieRecommender.Core.Catalog;

namespace MovieRecommender.Core.Recommendations.Search;

/// <summary>
/// Title lookup structures built once per model: a sorted vocabulary of normalised title words with posting
/// lists of popularity ranks (autocomplete: any-word prefix, every query word must match, one typo), the
/// words of each title (to check the other query words without touching strings), precomputed top lists
/// for 1–3 letter prefixes (whose ranges span most of the vocabulary), and an exact-title-key index.
/// No query scans the catalog: work is bounded by the size of the matching word ranges and a scan budget.
/// </summary>
internal sealed partial class TitleSearchIndex
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 50;

    private const int ShortPrefixMaxLength = 3;
    private const int ShortPrefixTopCount = 100;

    // Films whose titles are normalised in parallel before their words are numbered: big enough to keep the cores
    // busy, small enough that the block's strings stay young garbage.
    private const int FormsBlockSize = 16_384;

    private readonly IReadOnlyList<Movie> _movies;
    private readonly PopularityOrder _order;
    private readonly string[] _words;
    private readonly int[] _postingOffsets;
    private readonly int[] _postings;
    private readonly int[] _titleWordOffsets;
    private readonly int[] _titleWords;
    private readonly Dictionary<string, int[]> _shortPrefixTop;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _shortPrefixLookup;

    private TitleSearchIndex(
        IReadOnlyList<Movie> movies,
        PopularityOrder order,
        string[] words,
        int[] postingOffsets,
        int[] postings,
        int[] titleWordOffsets,
        int[] titleWords,
        HashedPostingIndex titleKeys)
    {
        _movies = movies;
        _order = order;
        _words = words;
        _postingOffsets = postingOffsets;
        _postings = postings;
        _titleWordOffsets = titleWordOffsets;
        _titleWords = titleWords;
        TitleKeys = titleKeys;
        _shortPrefixTop = BuildShortPrefixTop();
        _shortPrefixLookup = _shortPrefixTop.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Normalised title key (leading article dropped) → films, most popular first.</summary>
    public HashedPostingIndex TitleKeys { get; }

    public int WordCount => _words.Length;

    public long ApproximateBytes
    {
        get
        {
            long bytes = (_postingOffsets.LongLength + _postings.LongLength + _titleWordOffsets.LongLength
                          + _titleWords.LongLength) * sizeof(int);
            foreach (var word in _words)
            {
                bytes += EstimatedStringOverheadBytes + (word.Length * sizeof(char));
            }

            foreach (var top in _shortPrefixTop.Values)
            {
                bytes += EstimatedStringOverheadBytes + (top.LongLength * sizeof(int));
            }

            return bytes + TitleKeys.ApproximateBytes;
        }
    }

    /// <summary>
    /// The normalised forms a film is found under: its title, the title with hyphens joined ("Spider-Man" is typed
    /// "spiderman" as often as "spider man"), and its original title when that differs.
    /// </summary>
    private static List<string> NormalizedTitleForms(MovieTable movies, int movie)
    {
        string title = movies.TitleAt(movie);
        var forms = new List<string>(3) { TitleNormalizer.Normalize(title) };
        if (title.Contains('-', StringComparison.Ordinal))
        {
            forms.Add(TitleNormalizer.Normalize(title.Replace("-", string.Empty, StringComparison.Ordinal)));
        }

        if (movies.HasDistinctOriginalTitle(movie) && movies.OriginalTitleAt(movie) is { } originalTitle
            && !string.IsNullOrWhiteSpace(originalTitle) && !string.Equals(originalTitle, title, StringComparison.Ordinal))
        {
            forms.Add(TitleNormalizer.Normalize(originalTitle));
        }

        return forms;
    }

    /// <summary>Whether the film's own titles give this key: the string check behind every title-key lookup.</summary>
    private static bool HasTitleKey(MovieTable movies, int movie, string key) =>
        NormalizedTitleForms(movies, movie).Exists(form => string.Equals(TitleNormalizer.DropLeadingArticle(form), key, StringComparison.Ordinal));

    private const int EstimatedStringOverheadBytes = 32;

    /// <param name="movies">The catalog.</param>
    /// <param name="order">Popularity order of the catalog.</param>
    /// <param name="keyHash">Hash of the title keys; the default unless a test forces collisions.</param>
    // Runs over the whole catalog once per load: compiled optimised at once rather than first as slow tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TitleSearchIndex Build(IReadOnlyList<Movie> movies, PopularityOrder order, Func<string, ulong>? keyHash = null)
    {
        var table = MovieTable.From(movies);
        int count = table.Count;
        var wordIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var wordLookup = wordIds.GetAlternateLookup<ReadOnlySpan<char>>();
        var firstSeenWords = new List<string>();
        var titleWordOffsets = new int[count + 1];
        var titleWords = new List<int>(count * 4);
        var titleKeys = new HashedPostingIndex.Builder(order.RankOf, (movie, key) => HasTitleKey(table, movie, key), keyHash);

        // Normalising titles is most of the work and independent per film: done block by block on every core, then
        // the block's words and keys are numbered in rank order on this thread (ids depend on that order).
        var blockForms = new List<string>[Math.Min(count, FormsBlockSize)];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        for (int blockStart = 0; blockStart < count; blockStart += FormsBlockSize)
        {
            int blockEnd = Math.Min(count, blockStart + FormsBlockSize);
            Parallel.For(blockStart, blockEnd, parallel, rank => blockForms[rank - blockStart] = NormalizedTitleForms(table, order.ByRank[rank]));
            for (int rank = blockStart; rank < blockEnd; rank++)
            {
                int movieIndex = order.ByRank[rank];
                titleWordOffsets[rank] = titleWords.Count;
                foreach (string form in blockForms[rank - blockStart])
                {
                    titleKeys.Add(TitleNormalizer.DropLeadingArticle(form), movieIndex);
                    AddWords(form, titleWordOffsets[rank]);
                }
            }
        }

        titleWordOffsets[count] = titleWords.Count;

        // Sort the vocabulary so that a prefix is a contiguous id range, then renumber the title words.
        string[] words = [.. firstSeenWords];
        int[] newIdOfFirstSeen = new int[words.Length];
        int[] firstSeenOfSorted = new int[words.Length];
        for (int i = 0; i < firstSeenOfSorted.Length; i++)
        {
            firstSeenOfSorted[i] = i;
        }

        Array.Sort(words, firstSeenOfSorted, StringComparer.Ordinal);
        for (int sorted = 0; sorted < firstSeenOfSorted.Length; sorted++)
        {
            newIdOfFirstSeen[firstSeenOfSorted[sorted]] = sorted;
        }

        int[] titleWordArray = [.. titleWords];
        var postingOffsets = new int[words.Length + 1];
        for (int i = 0; i < titleWordArray.Length; i++)
        {
            titleWordArray[i] = newIdOfFirstSeen[titleWordArray[i]];
            postingOffsets[titleWordArray[i] + 1]++;
        }

        for (int word = 0; word < words.Length; word++)
        {
            postingOffsets[word + 1] += postingOffsets[word];
        }

        // Filling in rank order leaves every posting list sorted by popularity for free.
        var postings = new int[titleWordArray.Length];
        var cursor = (int[])postingOffsets.Clone();
        for (int rank = 0; rank < count; rank++)
        {
            for (int i = titleWordOffsets[rank]; i < titleWordOffsets[rank + 1]; i++)
            {
                postings[cursor[titleWordArray[i]]++] = rank;
            }
        }

        return new TitleSearchIndex(table, order, words, postingOffsets, postings, titleWordOffsets, titleWordArray,
            titleKeys.Build());

        void AddWords(string normalized, int movieStart)
        {
            foreach (var range in normalized.AsSpan().Split(' '))
            {
                ReadOnlySpan<char> word = normalized.AsSpan(range);
                if (word.IsEmpty)
                {
                    continue;
                }

                if (!wordLookup.TryGetValue(word, out int id))
                {
                    string text = word.ToString();
                    id = firstSeenWords.Count;
                    firstSeenWords.Add(text);
                    wordIds.Add(text, id);
                }

                if (!System.Runtime.InteropServices.CollectionsMarshal.AsSpan(titleWords)[movieStart..].Contains(id))
                {
                    titleWords.Add(id);
                }
            }
        }
    }

    private Dictionary<string, int[]> BuildShortPrefixTop()
    {
        var top = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var buffer = new List<int>(ShortPrefixTopCount);
        for (int length = 1; length <= ShortPrefixMaxLength; length++)
        {
            int start = 0;
            while (start < _words.Length)
            {
                if (_words[start].Length < length)
                {
                    start++;
                    continue;
                }

                string prefix = _words[start][..length];
                WordRange range = PrefixRange(prefix, start, _words.Length);
                buffer.Clear();
                using (var merger = new PostingMerger(_postings, _postingOffsets, [range]))
                {
                    while (buffer.Count < ShortPrefixTopCount && merger.TryNext(out int rank))
                    {
                        buffer.Add(rank);
                    }
                }

                top[prefix] = [.. buffer];
                start = range.End;
            }
        }

        return top;
    }
}
