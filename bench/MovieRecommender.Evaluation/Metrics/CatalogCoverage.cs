namespace MovieRecommender.Evaluation.Metrics;

/// <summary>
/// Catalog coverage: the share of the catalog that appears in at least one recommendation list. A popularity
/// baseline scores high accuracy with near-zero coverage, which is why the two are reported together.
/// </summary>
public sealed class CatalogCoverage
{
    private readonly HashSet<int> _recommended = [];

    public CatalogCoverage(int catalogSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(catalogSize);
        CatalogSize = catalogSize;
    }

    public int CatalogSize { get; }

    public int DistinctRecommended => _recommended.Count;

    /// <summary>Share in [0, 1]; items outside the catalog should not be added.</summary>
    public double Value => (double)_recommended.Count / CatalogSize;

    public void Add(IEnumerable<int> recommendedItems)
    {
        ArgumentNullException.ThrowIfNull(recommendedItems);
        _recommended.UnionWith(recommendedItems);
    }

    /// <summary>Coverage of the union of the given lists, for resampling without mutating this instance.</summary>
    public static double Of(IEnumerable<IReadOnlyList<int>> lists, int catalogSize)
    {
        ArgumentNullException.ThrowIfNull(lists);
        var coverage = new CatalogCoverage(catalogSize);
        foreach (var list in lists)
        {
            coverage.Add(list);
        }

        return coverage.Value;
    }
}
