namespace MovieRecommender.Evaluation.Content;

/// <summary>
/// Every knob of the experimental content model: per-field weights (a weight multiplies the field's term
/// frequency), how people and keywords are tokenised, the TF and IDF variants, stemming, and re-ranking.
/// Defaults reproduce the original app: equal weights, no credits, raw TF × smooth IDF.
/// </summary>
public sealed record SoupSettings
{
    public double KeywordWeight { get; init; } = 1;
    public double GenreWeight { get; init; } = 1;
    public double CompanyWeight { get; init; } = 1;
    public double CountryWeight { get; init; } = 1;
    public double OverviewWeight { get; init; } = 1;
    public double TaglineWeight { get; init; } = 1;
    public double DirectorWeight { get; init; }
    public double CastWeight { get; init; }

    /// <summary>Top-billed cast members used when <see cref="CastWeight"/> is positive.</summary>
    public int CastCount { get; init; } = 3;

    /// <summary>Weight of the first (lead) production company; null = <see cref="CompanyWeight"/>.</summary>
    public double? LeadCompanyWeight { get; init; }

    public int MaxKeywords { get; init; } = int.MaxValue;
    public int MaxCompanies { get; init; } = int.MaxValue;
    public int MaxCountries { get; init; } = int.MaxValue;

    /// <summary>Only the first words of the overview count (its opening states the premise).</summary>
    public int MaxOverviewWords { get; init; } = int.MaxValue;

    public PhraseMode KeywordPhrases { get; init; } = PhraseMode.Collapsed;

    /// <summary>Prefix list-field terms with their field so "drama" the genre ≠ "drama" in an overview.</summary>
    public bool PrefixFields { get; init; }

    public bool Stemming { get; init; }

    public TermFrequencyMode TermFrequency { get; init; } = TermFrequencyMode.Raw;

    /// <summary>
    /// True: the TF transform applies to Σ weight·count (weights are saturated too, as the product's trainer
    /// does); false: Σ weight·g(count) (a field weight stays a linear multiplier).
    /// </summary>
    public bool SaturateWeights { get; init; }

    public double Bm25K1 { get; init; } = 1.2;

    public IdfMode Idf { get; init; } = IdfMode.Smooth;

    /// <summary>Ignore terms found in fewer films (1 keeps all; singletons cannot match anything anyway).</summary>
    public int MinDocumentFrequency { get; init; } = 1;

    /// <summary>Drop terms found in more than this share of films (scikit-learn max_df).</summary>
    public double MaxDocumentFrequencyRatio { get; init; } = 1.0;

    /// <summary>Added to cosine: prior × ln(1+votes)/ln(1+max votes). 0 = pure content ranking.</summary>
    public double PopularityPrior { get; init; }

    /// <summary>MMR trade-off in [0, 1]; 0 = pure relevance.</summary>
    public double Diversity { get; init; }
}
