using System.Globalization;
using System.Runtime.InteropServices;

namespace MovieRecommender.Core.Recommendations.Search;

/// <summary>Query side of <see cref="TitleSearchIndex"/>: autocomplete and candidate pre-selection.</summary>
internal sealed partial class TitleSearchIndex
{
    private const int MaxQueryTokens = 8;
    private const int MinTypoTokenLength = 4;
    private const int MinDoubleTypoTokenLength = 6;

    // A driver spanning more words than this, or more than 1/DenseDriverDivisor of all title words, is
    // checked by walking the global popularity order (sequential reads, ~15 ns a rank) instead of merging its
    // posting lists (a heap pop plus a random read to verify, ~150 ns a posting): dense drivers match often
    // enough that the walk reaches the same depth for less. The walk gets WalkBudgetFactor times the budget.
    private const int MaxMergeWords = 1024;
    private const int DenseDriverDivisor = 16;
    private const int WalkBudgetFactor = 2;

    // Upper bound on ranks examined per pass, so a query whose words rarely co-occur still costs bounded work
    // (~0.2 ms per pass at a million films). The price: a film matching two common words only deep in popularity
    // order may be missed; autocomplete favours well-known films anyway.
    private const int MaxScannedRanks = 8_000;

    // The typo pass gets what the exact pass left of this, but never less than the minimum.
    private const int MaxScannedRanksPerQuery = 10_000;
    private const int MinScannedRanksForTypos = 2_500;

    // Fuzzy pre-selection runs one pass per query word, and only needs plausible candidates, so less each.
    private const int MaxScannedRanksForCandidates = 3_000;

    // Candidates beyond the limit, collected in popularity order and re-ranked with the title-start/exact boosts.
    private const int ExtraCandidates = 20;

    private const double TitleStartBoost = 0.5;
    private const double ExactTitleBoost = 1.0;
    private const double TypoPenalty = 0.4;

    // A typed year matching the release year outranks the exact-title boost: it is the more specific signal. Films of
    // another year lose as much.
    private const double ReleaseYearBoost = 1.5;
    private const int YearDigits = 4;
    private const int MinReleaseYear = 1870;
    private const int MaxReleaseYear = 2100;

    /// <summary>Autocomplete; never throws on any text, returns empty for garbage.</summary>
    public IReadOnlyList<SearchHit> Search(string? query, int limit)
    {
        int boundedLimit = Math.Clamp(limit, 1, MaxLimit);
        if (query is null || query.Length > TitleNormalizer.MaxInputLength)
        {
            return []; // nobody types a 200-character title into a search box: refuse before any work
        }

        string normalized = TitleNormalizer.Normalize(query);
        if (normalized.Length == 0)
        {
            return [];
        }

        string[] tokens = SplitTokens(normalized);
        return TrailingYear(tokens) is int year
            ? SearchWithYear(normalized, tokens, year, boundedLimit)
            : SearchTokens(normalized, tokens, boundedLimit);
    }

    /// <summary>
    /// "heat 1995": people add the year to tell a film from its namesakes, so the year is tried as a release year
    /// (films of that year among the matches of the other words rank first) as well as a title word, which it is in
    /// "blade runner 2049".
    /// </summary>
    private List<SearchHit> SearchWithYear(string normalized, string[] tokens, int year, int boundedLimit)
    {
        string[] titleTokens = tokens[..^1];
        List<SearchHit> asTitleWord = SearchTokens(normalized, tokens, boundedLimit);
        List<SearchHit> asReleaseYear = SearchTokens(string.Join(' ', titleTokens), titleTokens, MaxLimit);
        var best = new Dictionary<int, SearchHit>();
        // Matches of the other words from another year ignored a word the user typed: they follow the rest.
        var byReleaseYear = asReleaseYear.Select(h => h with { Score = h.Score + (h.Movie.Year == year ? ReleaseYearBoost : -ReleaseYearBoost) });
        foreach (SearchHit hit in asTitleWord.Concat(byReleaseYear))
        {
            if (!best.TryGetValue(hit.Movie.Id, out SearchHit? kept) || hit.Score > kept.Score)
            {
                best[hit.Movie.Id] = hit;
            }
        }

        // Stable: equal scores keep the order the two searches produced (popularity).
        return [.. best.Values.OrderByDescending(hit => hit.Score).Take(boundedLimit)];
    }

    private static int? TrailingYear(string[] tokens)
    {
        if (tokens.Length < 2 || tokens[^1].Length != YearDigits || !int.TryParse(tokens[^1], NumberStyles.None, CultureInfo.InvariantCulture, out int year))
        {
            return null;
        }

        return year is >= MinReleaseYear and <= MaxReleaseYear ? year : null;
    }

    private List<SearchHit> SearchTokens(string normalized, string[] tokens, int boundedLimit)
    {
        string titleKey = TitleNormalizer.DropLeadingArticle(normalized);
        int want = boundedLimit + ExtraCandidates;
        var found = new List<Candidate>(want);
        var seen = new HashSet<int>();

        WordRange[][] exactRanges = new WordRange[tokens.Length][];
        bool allMatch = true;
        for (int i = 0; i < tokens.Length; i++)
        {
            WordRange range = PrefixRange(tokens[i], 0, _words.Length);
            exactRanges[i] = [range];
            allMatch &= !range.IsEmpty;
        }

        int scanned = 0;
        if (allMatch)
        {
            scanned = Collect(tokens, exactRanges, want, typos: 0, found, seen, MaxScannedRanks);
        }

        // Exact titles rank first whatever their popularity; a very common title ("Love") can have thousands
        // of films, already in popularity order, so only the head is taken.
        ReadOnlySpan<int> exactTitles = TitleKeys.Find(titleKey, want);
        var exactRanks = new HashSet<int>();
        foreach (int movie in exactTitles)
        {
            int rank = _order.RankOf[movie];
            exactRanks.Add(rank);
            if (seen.Add(rank))
            {
                found.Add(new Candidate(rank, Typos: 0));
            }
        }

        if (found.Count < boundedLimit && Array.Exists(tokens, token => token.Length >= MinTypoTokenLength))
        {
            WordRange[][] typoRanges = new WordRange[tokens.Length][];
            bool allTypoMatch = true;
            for (int i = 0; i < tokens.Length; i++)
            {
                typoRanges[i] = tokens[i].Length >= MinTypoTokenLength
                    ? TypoExpander.Expand(_words, tokens[i], exactRanges[i][0])
                    : exactRanges[i];
                allTypoMatch &= typoRanges[i].Length > 0 && !typoRanges[i][0].IsEmpty;
            }

            if (allTypoMatch)
            {
                int budget = Math.Max(MinScannedRanksForTypos, MaxScannedRanksPerQuery - scanned);
                scanned += Collect(tokens, typoRanges, want, typos: 1, found, seen, budget);
            }

            // Long words are the ones mistyped twice; short ones within two edits match too much to mean anything.
            if (found.Count < boundedLimit && Array.Exists(tokens, token => token.Length >= MinDoubleTypoTokenLength))
            {
                CollectDoubleTypos(tokens, typoRanges, want, found, seen, Math.Max(MinScannedRanksForTypos, MaxScannedRanksPerQuery - scanned));
            }
        }

        return Rank(found, exactRanges[0], exactRanks, boundedLimit);
    }

    private void CollectDoubleTypos(string[] tokens, WordRange[][] typoRanges, int want, List<Candidate> found, HashSet<int> seen, int budget)
    {
        var ranges = new WordRange[tokens.Length][];
        for (int i = 0; i < tokens.Length; i++)
        {
            ranges[i] = tokens[i].Length >= MinDoubleTypoTokenLength ? DoubleTypoMatcher.Expand(_words, tokens[i]) : typoRanges[i];
            if (ranges[i].Length == 0 || ranges[i][0].IsEmpty)
            {
                return;
            }
        }

        Collect(tokens, ranges, want, typos: DoubleTypoMatcher.MaxEdits, found, seen, budget);
    }

    /// <summary>
    /// Films worth fuzzy-scoring against a free-text title: the most popular films matching each query word
    /// (with one typo) and all words together, the latter first, no film twice. Bounded: at most
    /// <paramref name="perWord"/> per word.
    /// </summary>
    public void CollectCandidates(string normalizedTitle, int perWord, ICollection<int> movieIndices)
    {
        if (normalizedTitle.Length == 0)
        {
            return;
        }

        string[] tokens = SplitTokens(normalizedTitle);
        var found = new List<Candidate>();
        var seen = new HashSet<int>();
        var allRanges = new WordRange[tokens.Length][];
        bool allMatch = true;
        for (int i = 0; i < tokens.Length; i++)
        {
            WordRange exact = PrefixRange(tokens[i], 0, _words.Length);
            allRanges[i] = tokens[i].Length >= MinTypoTokenLength
                ? TypoExpander.Expand(_words, tokens[i], exact)
                : [exact];
            allMatch &= allRanges[i].Length > 0 && !allRanges[i][0].IsEmpty;
        }

        // Films matching every word first: they are the likeliest intended titles.
        if (allMatch && tokens.Length > 1)
        {
            Collect(tokens, allRanges, perWord, typos: 0, found, seen, MaxScannedRanksForCandidates);
        }

        for (int i = 0; i < tokens.Length; i++)
        {
            if (allRanges[i].Length > 0 && !allRanges[i][0].IsEmpty)
            {
                Collect([tokens[i]], [allRanges[i]], perWord, typos: 0, found, seen, MaxScannedRanksForCandidates);
            }
        }

        foreach (var candidate in found)
        {
            movieIndices.Add(_order.ByRank[candidate.Rank]);
        }
    }

    private static string[] SplitTokens(string normalized)
    {
        string[] tokens = normalized.Split(' ', MaxQueryTokens + 1, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length > MaxQueryTokens)
        {
            tokens = tokens[..MaxQueryTokens];
        }

        // "the dark kn" means the words after the article; "the" alone is still a query.
        return tokens.Length > 1 && TitleNormalizer.IsArticle(tokens[0]) ? tokens[1..] : tokens;
    }

    /// <summary>Adds up to <paramref name="want"/> new matches in popularity order; returns the ranks examined.</summary>
    private int Collect(string[] tokens, WordRange[][] ranges, int want, int typos, List<Candidate> found,
        HashSet<int> seen, int maxScanned)
    {
        int driver = 0;
        long driverPostings = long.MaxValue;
        for (int i = 0; i < ranges.Length; i++)
        {
            long postings = 0;
            foreach (var range in ranges[i])
            {
                postings += _postingOffsets[range.End] - _postingOffsets[range.Start];
            }

            if (postings < driverPostings)
            {
                driverPostings = postings;
                driver = i;
            }
        }

        if (driverPostings == 0)
        {
            return 0;
        }

        int added = 0;
        if (tokens.Length == 1 && typos == 0 && tokens[0].Length <= ShortPrefixMaxLength
            && _shortPrefixLookup.TryGetValue(tokens[0], out int[]? top))
        {
            int examined = 0;
            foreach (int rank in top)
            {
                if (added >= want)
                {
                    break;
                }

                examined++;
                if (seen.Add(rank))
                {
                    found.Add(new Candidate(rank, typos));
                    added++;
                }
            }

            return examined;
        }

        int driverWords = 0;
        foreach (var range in ranges[driver])
        {
            driverWords += range.Length;
        }

        int scanned = 0;
        if (driverWords <= MaxMergeWords && driverPostings * DenseDriverDivisor <= _postings.Length)
        {
            using var merger = new PostingMerger(_postings, _postingOffsets, ranges[driver]);
            while (added < want && scanned < maxScanned && merger.TryNext(out int rank))
            {
                scanned++;
                if (MatchesAll(rank, ranges, driver) && seen.Add(rank))
                {
                    found.Add(new Candidate(rank, typos));
                    added++;
                }
            }

            return scanned;
        }

        int limit = (int)Math.Min(_order.Count, (long)maxScanned * WalkBudgetFactor);
        for (; scanned < limit && added < want; scanned++)
        {
            if (MatchesAll(scanned, ranges, skip: -1) && seen.Add(scanned))
            {
                found.Add(new Candidate(scanned, typos));
                added++;
            }
        }

        return scanned;
    }

    private bool MatchesAll(int rank, WordRange[][] ranges, int skip)
    {
        ReadOnlySpan<int> words = TitleWordsOf(rank);
        for (int token = 0; token < ranges.Length; token++)
        {
            if (token != skip && !AnyWordIn(words, ranges[token]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AnyWordIn(ReadOnlySpan<int> words, WordRange[] sortedRanges)
    {
        foreach (int word in words)
        {
            if (ContainsWord(sortedRanges, word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsWord(WordRange[] sortedRanges, int word)
    {
        int low = 0;
        int high = sortedRanges.Length - 1;
        while (low <= high)
        {
            int middle = (low + high) >>> 1;
            WordRange range = sortedRanges[middle];
            if (word < range.Start)
            {
                high = middle - 1;
            }
            else if (word >= range.End)
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    private ReadOnlySpan<int> TitleWordsOf(int rank) =>
        _titleWords.AsSpan(_titleWordOffsets[rank], _titleWordOffsets[rank + 1] - _titleWordOffsets[rank]);

    private List<SearchHit> Rank(List<Candidate> found, WordRange[] firstTokenRanges, HashSet<int> exactRanks, int limit)
    {
        Span<Candidate> candidates = CollectionsMarshal.AsSpan(found);
        double count = _order.Count;
        var scored = new (double Score, int Rank)[candidates.Length];
        for (int i = 0; i < candidates.Length; i++)
        {
            int rank = candidates[i].Rank;
            double score = 1.0 - (rank / count);
            if (StartsWithToken(rank, firstTokenRanges))
            {
                score += TitleStartBoost;
            }

            if (exactRanks.Contains(rank))
            {
                score += ExactTitleBoost;
            }

            score -= TypoPenalty * candidates[i].Typos;

            scored[i] = (score, rank);
        }

        Array.Sort(scored, static (a, b) =>
        {
            int byScore = b.Score.CompareTo(a.Score);
            return byScore != 0 ? byScore : a.Rank.CompareTo(b.Rank);
        });

        int take = Math.Min(limit, scored.Length);
        var hits = new List<SearchHit>(take);
        for (int i = 0; i < take; i++)
        {
            hits.Add(new SearchHit(_movies[_order.ByRank[scored[i].Rank]], Math.Round(scored[i].Score, 4)));
        }

        return hits;
    }

    private bool StartsWithToken(int rank, WordRange[] ranges)
    {
        ReadOnlySpan<int> words = TitleWordsOf(rank);
        if (words.IsEmpty)
        {
            return false;
        }

        if (ContainsWord(ranges, words[0]))
        {
            return true;
        }

        return words.Length > 1 && TitleNormalizer.IsArticle(_words[words[0]]) && ContainsWord(ranges, words[1]);
    }

    /// <summary>Every word starting with <paramref name="prefix"/>, found by two binary searches.</summary>
    private WordRange PrefixRange(ReadOnlySpan<char> prefix, int low, int high) =>
        VocabularySearch.PrefixRange(_words, prefix, low, high);

    /// <param name="Rank">Popularity rank of the film.</param>
    /// <param name="Typos">Edits the match needed in some query word: 0, 1 or 2.</param>
    private readonly record struct Candidate(int Rank, int Typos);
}
