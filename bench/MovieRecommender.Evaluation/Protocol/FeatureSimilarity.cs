using MovieRecommender.Core.Catalog;

namespace MovieRecommender.Evaluation.Protocol;

/// <summary>
/// Model-independent similarity for intra-list diversity: cosine of binary genre + keyword sets. Every
/// configuration is judged with this one measure, so a change of soup cannot make its own lists look diverse.
/// </summary>
public sealed class FeatureSimilarity
{
    private readonly HashSet<string>[] _features;

    public FeatureSimilarity(IReadOnlyList<Movie> catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _features = [.. catalog.Select(m => m.Genres.Select(g => "g:" + g.ToUpperInvariant())
            .Concat(m.Keywords.Select(k => "k:" + k.ToUpperInvariant()))
            .ToHashSet(StringComparer.Ordinal))];
    }

    public double Similarity(int first, int second)
    {
        var a = _features[first];
        var b = _features[second];
        if (a.Count == 0 || b.Count == 0)
        {
            return 0.0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        return shared / Math.Sqrt((double)a.Count * b.Count);
    }
}
