using MovieRecommender.Evaluation.Content;

namespace MovieRecommender.Evaluation;

/// <summary>
/// The configurations compared. Steps build on each other (tuned on a separate development draw: seed 7, five
/// seeds per user); ablations change one setting of the chosen content default to show what did not help.
/// </summary>
public static class ExperimentPlan
{
    public const string OriginalName = "Original app (soup, TF-IDF, no credits)";

    public static SoupSettings Original { get; } = new();

    public static SoupSettings WithPeople { get; } = Original with { DirectorWeight = 2, CastWeight = 1, CastCount = 3 };

    public static SoupSettings Saturated { get; } = WithPeople with { TermFrequency = TermFrequencyMode.Bm25 };

    public static SoupSettings ShorterOverview { get; } = Saturated with { OverviewWeight = 0.5 };

    public static SoupSettings StrongerDirector { get; } = ShorterOverview with { DirectorWeight = 3 };

    /// <summary>The chosen content model (no re-ranking).</summary>
    public static SoupSettings ContentDefault { get; } = StrongerDirector with { CompanyWeight = 2 };

    /// <summary>The chosen default: content model plus a small popularity prior at ranking time.</summary>
    public static SoupSettings RankedDefault { get; } = ContentDefault with { PopularityPrior = 0.1 };

    /// <summary>
    /// An approximation of the trainer's initial defaults: sublinear TF over weighted counts, min df 5, max df
    /// 0.6, stemming, genres ×2, lead company ×2, capped keywords/companies/countries/overview words.
    /// </summary>
    public static SoupSettings TrainerInitial { get; } = new()
    {
        GenreWeight = 2,
        DirectorWeight = 2,
        CastWeight = 1,
        CastCount = 3,
        LeadCompanyWeight = 2,
        CompanyWeight = 1,
        MaxCompanies = 3,
        MaxCountries = 2,
        MaxOverviewWords = 50,
        MaxKeywords = 15,
        TermFrequency = TermFrequencyMode.Sublinear,
        MinDocumentFrequency = 5,
        MaxDocumentFrequencyRatio = 0.6,
        Stemming = true,
        SaturateWeights = true,
    };

    public static IReadOnlyList<PlannedConfiguration> Configurations { get; } =
    [
        new(OriginalName, Original, IsStep: true),
        new("+ director ×2, top-3 cast", WithPeople, IsStep: true),
        new("+ BM25 TF saturation (k1 1.2)", Saturated, IsStep: true),
        new("+ overview ×0.5", ShorterOverview, IsStep: true),
        new("+ director ×3", StrongerDirector, IsStep: true),
        new("+ companies ×2 = content default", ContentDefault, IsStep: true),
        new("+ popularity prior 0.1 = default", RankedDefault, IsStep: true),
        new("default + MMR 0.3", RankedDefault with { Diversity = 0.3 }, IsStep: true),
        new("ablation: sublinear TF instead of BM25", ContentDefault with { TermFrequency = TermFrequencyMode.Sublinear }, IsStep: false),
        new("ablation: probabilistic (BM25) IDF", ContentDefault with { Idf = IdfMode.Probabilistic }, IsStep: false),
        new("ablation: Porter stemming", ContentDefault with { Stemming = true }, IsStep: false),
        new("ablation: keywords split into words", ContentDefault with { KeywordPhrases = PhraseMode.Words }, IsStep: false),
        new("ablation: keywords whole + words", ContentDefault with { KeywordPhrases = PhraseMode.Both }, IsStep: false),
        new("ablation: field-prefixed terms", ContentDefault with { PrefixFields = true }, IsStep: false),
        new("ablation: min df 2", ContentDefault with { MinDocumentFrequency = 2 }, IsStep: false),
        new("ablation: min df 5, max df 0.6", ContentDefault with { MinDocumentFrequency = 5, MaxDocumentFrequencyRatio = 0.6 }, IsStep: false),
        new("ablation: genres ×2", ContentDefault with { GenreWeight = 2 }, IsStep: false),
        new("ablation: keywords ×2", ContentDefault with { KeywordWeight = 2 }, IsStep: false),
        new("ablation: cast ×2", ContentDefault with { CastWeight = 2 }, IsStep: false),
        new("ablation: top-5 cast", ContentDefault with { CastCount = 5 }, IsStep: false),
        new("ablation: tagline ×0.5", ContentDefault with { TaglineWeight = 0.5 }, IsStep: false),
        new("ablation: first 3 companies, lead ×2", ContentDefault with { MaxCompanies = 3, LeadCompanyWeight = 2 }, IsStep: false),
        new("ablation: popularity prior 0.05", ContentDefault with { PopularityPrior = 0.05 }, IsStep: false),
        new("ablation: popularity prior 0.2", ContentDefault with { PopularityPrior = 0.2 }, IsStep: false),
        new("ablation: popularity prior 0.3", ContentDefault with { PopularityPrior = 0.3 }, IsStep: false),
        new("ablation: content default + MMR 0.3", ContentDefault with { Diversity = 0.3 }, IsStep: false),
        new("trainer's initial defaults (approximated)", TrainerInitial, IsStep: false),
        new("trainer approx. + min df 1", TrainerInitial with { MinDocumentFrequency = 1 }, IsStep: false),
        new("trainer approx. + min df 1, overview ×0.5, director ×3", TrainerInitial with { MinDocumentFrequency = 1, OverviewWeight = 0.5, DirectorWeight = 3 }, IsStep: false),
    ];
}
