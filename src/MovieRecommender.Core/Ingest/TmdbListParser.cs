using System.Text;
using System.Text.Json;

namespace MovieRecommender.Core.Ingest;

/// <summary>
/// Parses the list columns of TMDB files. The TMDB 5000 layout stores JSON arrays of objects
/// (<c>[{"id": 28, "name": "Action"}]</c>); the full dump stores plain comma-separated names. The field's first
/// character tells them apart, so one parser serves both. Not thread-safe: it reuses one UTF-8 buffer.
/// </summary>
internal sealed class TmdbListParser(StringPool pool)
{
    private const string NameProperty = "name";
    private const string CountryCodeProperty = "iso_3166_1";
    private const string OrderProperty = "order";
    private const string JobProperty = "job";
    private const string DirectorJob = "Director";
    private const char ListSeparator = ',';

    private byte[] _utf8 = new byte[1024];

    /// <exception cref="JsonException">The field looks like JSON but is malformed.</exception>
    public IReadOnlyList<string> ReadNames(ReadOnlySpan<char> field, int maxCount = int.MaxValue) =>
        ReadValues(field, NameProperty, maxCount, mapCommaValue: null);

    /// <summary>ISO codes from JSON; names mapped to codes (or kept) from comma lists.</summary>
    public IReadOnlyList<string> ReadCountries(ReadOnlySpan<char> field, int maxCount = int.MaxValue) =>
        ReadValues(field, CountryCodeProperty, maxCount, mapCommaValue: MapCountryName);

    /// <summary>Cast names sorted by billing <c>order</c>, at most <paramref name="maxCount"/>.</summary>
    public IReadOnlyList<string> ReadCast(ReadOnlySpan<char> field, int maxCount)
    {
        var billed = new List<(int Order, string Name)>();
        var reader = CreateJsonReader(field, out var isJson);
        if (!isJson)
        {
            return [];
        }

        string? name = null;
        var order = int.MaxValue;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.StartObject && reader.CurrentDepth == 1)
            {
                (name, order) = (null, int.MaxValue);
            }
            else if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 2)
            {
                if (reader.ValueTextEquals(NameProperty))
                {
                    reader.Read();
                    name = reader.TokenType == JsonTokenType.String ? pool.Intern(reader.GetString()!) : null;
                }
                else if (reader.ValueTextEquals(OrderProperty))
                {
                    reader.Read();
                    order = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var o) ? o : int.MaxValue;
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
            else if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 1 && !string.IsNullOrWhiteSpace(name))
            {
                billed.Add((order, name));
            }
        }

        return billed.OrderBy(b => b.Order).Take(maxCount).Select(b => b.Name).ToArray();
    }

    /// <summary>Names of crew members whose job is "Director", in crew order, without duplicates.</summary>
    public IReadOnlyList<string> ReadDirectors(ReadOnlySpan<char> field)
    {
        var directors = new List<string>();
        var reader = CreateJsonReader(field, out var isJson);
        if (!isJson)
        {
            return [];
        }

        string? name = null;
        var isDirector = false;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.StartObject && reader.CurrentDepth == 1)
            {
                (name, isDirector) = (null, false);
            }
            else if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 2)
            {
                if (reader.ValueTextEquals(NameProperty))
                {
                    reader.Read();
                    name = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
                else if (reader.ValueTextEquals(JobProperty))
                {
                    reader.Read();
                    isDirector = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(DirectorJob);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
            else if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 1
                     && isDirector && !string.IsNullOrWhiteSpace(name))
            {
                var interned = pool.Intern(name);
                if (!directors.Contains(interned))
                {
                    directors.Add(interned);
                }
            }
        }

        return directors.ToArray();
    }

    private string[] ReadValues(
        ReadOnlySpan<char> field, string property, int maxCount, Func<ReadOnlySpan<char>, string>? mapCommaValue)
    {
        var trimmed = field.Trim();
        if (trimmed.IsEmpty || maxCount <= 0)
        {
            return [];
        }

        var values = new List<string>();
        if (trimmed[0] != '[')
        {
            foreach (var range in trimmed.Split(ListSeparator))
            {
                var value = trimmed[range].Trim();
                if (!value.IsEmpty)
                {
                    AddDistinct(values, mapCommaValue?.Invoke(value) ?? pool.Intern(value));
                }

                if (values.Count == maxCount)
                {
                    break;
                }
            }

            return values.ToArray();
        }

        var reader = CreateJsonReader(trimmed, out _);
        while (reader.Read() && values.Count < maxCount)
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 2)
            {
                var wanted = reader.ValueTextEquals(property);
                reader.Read();
                if (wanted && reader.TokenType == JsonTokenType.String)
                {
                    var value = reader.GetString();
                    if (!string.IsNullOrWhiteSpace(value))
                    {
                        AddDistinct(values, pool.Intern(value.Trim()));
                    }
                }
                else
                {
                    reader.Skip();
                }
            }
        }

        // Drain the rest so truncated JSON is detected even when maxCount stopped early.
        while (reader.Read())
        {
        }

        return values.ToArray();
    }

    private string MapCountryName(ReadOnlySpan<char> name) =>
        CountryNames.TryGetCode(name, out var code) ? code : pool.Intern(name);

    private static void AddDistinct(List<string> values, string value)
    {
        if (!values.Contains(value))
        {
            values.Add(value);
        }
    }

    private Utf8JsonReader CreateJsonReader(ReadOnlySpan<char> field, out bool isJson)
    {
        var trimmed = field.Trim();
        isJson = !trimmed.IsEmpty && trimmed[0] == '[';
        if (!isJson)
        {
            return default;
        }

        var needed = Encoding.UTF8.GetMaxByteCount(trimmed.Length);
        if (_utf8.Length < needed)
        {
            _utf8 = new byte[Math.Max(needed, _utf8.Length * 2)];
        }

        var length = Encoding.UTF8.GetBytes(trimmed, _utf8);
        return new Utf8JsonReader(_utf8.AsSpan(0, length), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
    }
}
