namespace MovieRecommender.Core.Ingest;

/// <summary>
/// Interns repeated strings (genre, company, country, person names) so a million-row catalog holds one
/// instance of "Drama" rather than hundreds of thousands. One pool per read, so nothing is global.
/// </summary>
internal sealed class StringPool
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _strings.Count;

    public string Intern(ReadOnlySpan<char> value)
    {
        if (_lookup.TryGetValue(value, out var existing))
        {
            return existing;
        }

        var created = value.ToString();
        _strings.Add(created, created);
        return created;
    }

    public string Intern(string value)
    {
        if (_strings.TryGetValue(value, out var existing))
        {
            return existing;
        }

        _strings.Add(value, value);
        return value;
    }
}
