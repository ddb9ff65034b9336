using System.Runtime.CompilerServices;
namespace MovieRecommender.Core.Recommendations.Search;

/// <summary>
/// Immutable multimap from a normalised string (stored as its <see cref="StableHash"/>) to film indices,
/// each list in popularity order. CSR arrays: 12 bytes per key plus 4 per posting, no string copies.
/// The hash only finds the candidates: every film returned is checked against its own stored string (title,
/// name), so two keys that share a hash can never return each other's films.
/// </summary>
internal sealed class HashedPostingIndex
{
    private readonly ulong[] _keys;
    private readonly int[] _offsets;
    private readonly int[] _movies;
    private readonly Func<int, string, bool> _movieHasKey;
    private readonly Func<string, ulong> _hash;

    private HashedPostingIndex(ulong[] keys, int[] offsets, int[] movies, Func<int, string, bool> movieHasKey, Func<string, ulong> hash)
    {
        _keys = keys;
        _offsets = offsets;
        _movies = movies;
        _movieHasKey = movieHasKey;
        _hash = hash;
    }

    public long ApproximateBytes => (_keys.LongLength * sizeof(ulong)) + (_offsets.LongLength * sizeof(int))
                                    + (_movies.LongLength * sizeof(int));

    /// <summary>Every film filed under the key, most popular first.</summary>
    public ReadOnlySpan<int> this[string normalizedKey] => Find(normalizedKey, int.MaxValue);

    /// <summary>The most popular films filed under the key, at most <paramref name="limit"/> of them.</summary>
    public ReadOnlySpan<int> Find(string normalizedKey, int limit)
    {
        ArgumentNullException.ThrowIfNull(normalizedKey);
        int position = Array.BinarySearch(_keys, _hash(normalizedKey));
        if (position < 0 || limit <= 0)
        {
            return [];
        }

        var postings = _movies.AsSpan(_offsets[position], _offsets[position + 1] - _offsets[position]);
        for (int i = 0; i < postings.Length && i < limit; i++)
        {
            if (!_movieHasKey(postings[i], normalizedKey))
            {
                return Verified(postings, i, normalizedKey, limit);
            }
        }

        return postings[..Math.Min(postings.Length, limit)];
    }

    /// <summary>The slow path, taken only after a hash collision: copy the films whose own string matches.</summary>
    private int[] Verified(ReadOnlySpan<int> postings, int firstMismatch, string normalizedKey, int limit)
    {
        var kept = new List<int>(Math.Min(postings.Length, limit));
        kept.AddRange(postings[..firstMismatch]);
        for (int i = firstMismatch + 1; i < postings.Length && kept.Count < limit; i++)
        {
            if (_movieHasKey(postings[i], normalizedKey))
            {
                kept.Add(postings[i]);
            }
        }

        return [.. kept];
    }

    /// <summary>Collects (key, film) pairs and sorts each key's films by popularity rank.</summary>
    /// <param name="rankOfMovie">Popularity rank of each film index.</param>
    /// <param name="movieHasKey">Whether a film's own strings produce the key: the check made on every lookup.</param>
    /// <param name="hash">The key hash; <see cref="StableHash.Of"/> unless a test forces collisions.</param>
    public sealed class Builder(int[] rankOfMovie, Func<int, string, bool> movieHasKey, Func<string, ulong>? hash = null)
    {
        private readonly List<Entry> _entries = [];
        private readonly Func<string, ulong> _hash = hash ?? (key => StableHash.Of(key));

        public void Add(string normalizedKey, int movieIndex)
        {
            if (normalizedKey.Length > 0)
            {
                _entries.Add(new Entry(_hash(normalizedKey), rankOfMovie[movieIndex], movieIndex));
            }
        }

        // Runs over the whole catalog once per load: compiled optimised at once rather than first as slow tier-0 code.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public HashedPostingIndex Build()
        {
            Entry[] entries = [.. _entries];
            Array.Sort(entries);
            var keys = new List<ulong>();
            var offsets = new List<int>();
            var movies = new List<int>(entries.Length);
            for (int i = 0; i < entries.Length; i++)
            {
                if (i > 0 && entries[i].Hash == entries[i - 1].Hash && entries[i].Rank == entries[i - 1].Rank)
                {
                    continue; // the same film under the same key twice (e.g. title equals original title)
                }

                if (keys.Count == 0 || keys[^1] != entries[i].Hash)
                {
                    keys.Add(entries[i].Hash);
                    offsets.Add(movies.Count);
                }

                movies.Add(entries[i].Movie);
            }

            offsets.Add(movies.Count);
            return new HashedPostingIndex([.. keys], [.. offsets], [.. movies], movieHasKey, _hash);
        }

        private readonly record struct Entry(ulong Hash, int Rank, int Movie) : IComparable<Entry>
        {
            public int CompareTo(Entry other)
            {
                int byHash = Hash.CompareTo(other.Hash);
                return byHash != 0 ? byHash : Rank.CompareTo(other.Rank);
            }
        }
    }
}
