using System.Collections.Concurrent;

namespace MovieRecommender.Web.Services;

/// <summary>
/// Counts how often each film was asked for, for the admin page. Bounded: once full, new titles are ignored
/// rather than letting a client grow memory without limit.
/// </summary>
public sealed class SearchStatistics
{
    public const int MaxDistinctTitles = 10_000;
    private const int MaxTitleLength = 200;
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    public void Record(string title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return;
        }

        var key = title.Trim();
        key = key.Length > MaxTitleLength ? key[..MaxTitleLength] : key;
        if (_counts.Count >= MaxDistinctTitles && !_counts.ContainsKey(key))
        {
            return;
        }

        _counts.AddOrUpdate(key, 1, (_, count) => count + 1);
    }

    public IReadOnlyList<KeyValuePair<string, long>> Top(int count) =>
        [.. _counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(Math.Max(0, count))];
}
