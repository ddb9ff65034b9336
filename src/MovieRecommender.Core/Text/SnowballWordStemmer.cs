using System.Collections.Concurrent;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace MovieRecommender.Core.Text;

/// <summary>
/// English (Porter2) Snowball stemmer from Lucene.Net. The Lucene stemmer object is stateful, so each thread
/// gets its own; a bounded cache avoids re-stemming the same few hundred thousand words across a large catalog.
/// </summary>
public sealed class SnowballWordStemmer : IWordStemmer, IDisposable
{
    public const int DefaultCacheCapacity = 500_000;

    private readonly ThreadLocal<EnglishStemmer> _stemmers = new(() => new EnglishStemmer());
    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);
    private readonly int _cacheCapacity;

    // ConcurrentDictionary.Count takes every lock of the dictionary, which serialised the parallel soup builders
    // on each new word; this counter is read lock-free instead (it may overshoot the capacity by a few racing adds).
    private int _cachedWords;

    public SnowballWordStemmer(int cacheCapacity = DefaultCacheCapacity) => _cacheCapacity = cacheCapacity;

    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (_cache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var stemmer = _stemmers.Value!;
        stemmer.SetCurrent(word);
        stemmer.Stem();
        var stem = stemmer.Current;
        if (Volatile.Read(ref _cachedWords) < _cacheCapacity && _cache.TryAdd(word, stem))
        {
            Interlocked.Increment(ref _cachedWords);
        }

        return stem;
    }

    public void Dispose() => _stemmers.Dispose();
}
