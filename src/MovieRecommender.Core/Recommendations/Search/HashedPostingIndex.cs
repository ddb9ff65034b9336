namespace MovieRecommender.Core.Recommendations.Search;

/// <summary>
/// Immutable multimap from a normalised string (stored as its <see cref="StableHash"/>) to film indices,
/// each list in popularity order. CSR arrays: 12 bytes per key plus 4 per posting, no string copies.
/// </summary>
internal sealed class HashedPostingIndex
{
    private readonly ulong[] _keys;
    private readonly int[] _offsets;
    private readonly int[] _movies;

    private HashedPostingIndex(ulong[] keys, int[] offsets, int[] movies)
    {
        _keys = keys;
        _offsets = offsets;
        _movies = movies;
    }

    public long ApproximateBytes => (_keys.LongLength * sizeof(ulong)) + (_offsets.LongLength * sizeof(int))
                                    + (_movies.LongLength * sizeof(int));

    public ReadOnlySpan<int> this[string normalizedKey] => Find(StableHash.Of(normalizedKey));

    public ReadOnlySpan<int> Find(ulong hash)
    {
        int position = Array.BinarySearch(_keys, hash);
        return position < 0 ? [] : _movies.AsSpan(_offsets[position], _offsets[position + 1] - _offsets[position]);
    }

    /// <summary>Collects (key, film) pairs and sorts each key's films by popularity rank.</summary>
    public sealed class Builder(int[] rankOfMovie)
    {
        private readonly List<Entry> _entries = [];

        public void Add(string normalizedKey, int movieIndex)
        {
            if (normalizedKey.Length > 0)
            {
                _entries.Add(new Entry(StableHash.Of(normalizedKey), rankOfMovie[movieIndex], movieIndex));
            }
        }

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
            return new HashedPostingIndex([.. keys], [.. offsets], [.. movies]);
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
