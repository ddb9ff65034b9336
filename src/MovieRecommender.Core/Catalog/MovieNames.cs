namespace MovieRecommender.Core.Catalog;

/// <summary>
/// One film's list of names (genres, keywords, directors, cast, companies or countries) as held by a
/// <see cref="MovieTable"/>: ids into the table's shared name table, read without allocating.
/// </summary>
public readonly struct MovieNames
{
    private readonly string[] _names;
    private readonly int[] _ids;
    private readonly int _start;

    internal MovieNames(string[] names, int[] ids, int start, int count)
    {
        _names = names;
        _ids = ids;
        _start = start;
        Count = count;
    }

    public int Count { get; }

    public string this[int index] =>
        (uint)index < (uint)Count ? _names[_ids[_start + index]] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Ids of the names in the table's name table (equal names have equal ids within one table).</summary>
    public ReadOnlySpan<int> Ids => _ids is null ? [] : _ids.AsSpan(_start, Count);

    /// <summary>True when a name equals <paramref name="wanted"/> under <paramref name="comparison"/>.</summary>
    public bool Contains(string wanted, StringComparison comparison)
    {
        foreach (var name in this)
        {
            if (string.Equals(name, wanted, comparison))
            {
                return true;
            }
        }

        return false;
    }

    public string[] ToArray()
    {
        if (Count == 0)
        {
            return [];
        }

        var values = new string[Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = _names[_ids[_start + i]];
        }

        return values;
    }

    public Enumerator GetEnumerator() => new(this);

    /// <summary>Allocation-free enumerator for <c>foreach</c>.</summary>
    public struct Enumerator
    {
        private readonly MovieNames _names;
        private int _index;

        internal Enumerator(MovieNames names)
        {
            _names = names;
            _index = -1;
        }

        public readonly string Current => _names[_index];

        public bool MoveNext() => ++_index < _names.Count;
    }
}
