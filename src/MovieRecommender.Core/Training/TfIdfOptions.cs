using System.Globalization;

namespace MovieRecommender.Core.Training;

/// <summary>
/// TF-IDF settings, shaped like the original app's scikit-learn <c>TfidfVectorizer</c>. Defaults differ where the
/// offline evaluation (docs/quality.md) showed a gain: min_df 1 instead of 5 keeps rare, discriminating terms.
/// </summary>
public sealed record TfIdfOptions
{
    public const int DefaultMinDocumentFrequency = 1;
    public const double DefaultMaxDocumentFrequencyRatio = 0.6;
    public const int DefaultMaxFeatures = 50_000;
    public const int DefaultMinDfCatalogDivisor = 100;
    public const double DefaultBm25K1 = 1.2;

    public static TfIdfOptions Default { get; } = new();

    /// <summary>A term must occur in at least this many films (scikit-learn <c>min_df</c>).</summary>
    public int MinDocumentFrequency { get; init; } = DefaultMinDocumentFrequency;

    /// <summary>
    /// When true, <see cref="MinDocumentFrequency"/> is lowered to max(1, films / <see cref="MinDfCatalogDivisor"/>)
    /// for small catalogs, where five films sharing a term would be a large share of the catalog.
    /// </summary>
    public bool ScaleMinDocumentFrequency { get; init; } = true;

    public int MinDfCatalogDivisor { get; init; } = DefaultMinDfCatalogDivisor;

    /// <summary>Terms in more than this share of films are dropped (scikit-learn <c>max_df</c>).</summary>
    public double MaxDocumentFrequencyRatio { get; init; } = DefaultMaxDocumentFrequencyRatio;

    /// <summary>Vocabulary size cap; the most frequent terms by document frequency are kept.</summary>
    public int MaxFeatures { get; init; } = DefaultMaxFeatures;

    public TermFrequencyScaling Scaling { get; init; } = TermFrequencyScaling.Sublinear;

    /// <summary>Saturation constant for <see cref="TermFrequencyScaling.Bm25"/>.</summary>
    public double Bm25K1 { get; init; } = DefaultBm25K1;

    /// <summary>idf = ln((1+n)/(1+df)) + 1 when true, ln(n/df) + 1 otherwise (scikit-learn <c>smooth_idf</c>).</summary>
    public bool SmoothIdf { get; init; } = true;

    public int EffectiveMinDocumentFrequency(int documentCount) =>
        ScaleMinDocumentFrequency
            ? Math.Min(MinDocumentFrequency, Math.Max(1, documentCount / Math.Max(1, MinDfCatalogDivisor)))
            : MinDocumentFrequency;

    public void Validate()
    {
        if (MinDocumentFrequency < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinDocumentFrequency), MinDocumentFrequency, "Must be at least 1.");
        }

        if (MaxDocumentFrequencyRatio is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDocumentFrequencyRatio), MaxDocumentFrequencyRatio, "Must be in (0, 1].");
        }

        if (MaxFeatures < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxFeatures), MaxFeatures, "Must be at least 1.");
        }

        if (Bm25K1 <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Bm25K1), Bm25K1, "Must be positive.");
        }
    }

    public IEnumerable<KeyValuePair<string, string>> ToParameters() =>
    [
        new("tfidf.minDf", MinDocumentFrequency.ToString(CultureInfo.InvariantCulture)),
        new("tfidf.scaleMinDf", ScaleMinDocumentFrequency.ToString()),
        new("tfidf.maxDfRatio", MaxDocumentFrequencyRatio.ToString(CultureInfo.InvariantCulture)),
        new("tfidf.maxFeatures", MaxFeatures.ToString(CultureInfo.InvariantCulture)),
        new("tfidf.scaling", Scaling.ToString()),
        new("tfidf.bm25K1", Bm25K1.ToString(CultureInfo.InvariantCulture)),
        new("tfidf.smoothIdf", SmoothIdf.ToString()),
    ];
}
