namespace MovieRecommender.Benchmarks.Synthetic;

/// <summary>
/// Settings of <see cref="ResampledCatalogGenerator"/>: how often a word, keyword or company is a new one from the
/// long tail instead of one seen in the template catalog, and the shape of that tail.
/// </summary>
public sealed record ResampledCatalogOptions
{
    public int Seed { get; init; } = 7;

    /// <summary>Share of overview, tagline and title words drawn from the long tail of new words.</summary>
    public double NewWordShare { get; init; } = 0.2;

    /// <summary>Share of keywords that are new phrases from the long tail.</summary>
    public double NewKeywordShare { get; init; } = 0.35;

    /// <summary>Share of production companies that are new names from the long tail.</summary>
    public double NewCompanyShare { get; init; } = 0.5;

    /// <summary>Size of the long-tail vocabulary; with a flat Zipf exponent most of it is seen once or never, as in real text.</summary>
    public int TailVocabulary { get; init; } = 3_000_000;

    public double TailExponent { get; init; } = 1.05;
}
