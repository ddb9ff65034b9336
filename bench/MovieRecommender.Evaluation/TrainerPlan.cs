using MovieRecommender.Core.Text;
using MovieRecommender.Core.Training;

namespace MovieRecommender.Evaluation;

/// <summary>
/// Configurations of the product's own trainer (and engine) evaluated with the same protocol: its defaults,
/// the original app's settings expressed in its options, and the changes this evaluation proposes.
/// </summary>
public static class TrainerPlan
{
    /// <summary>The popularity prior evaluated for the engine's ranking (score + prior · ln(1+votes)/ln(1+max votes)).</summary>
    public const double PopularityPrior = 0.1;

    /// <summary>The trainer's defaults, as adopted from this evaluation (min df 1, overview ×0.5, director ×3).</summary>
    public static ModelBuildOptions Defaults { get; } = new();

    /// <summary>The trainer's first defaults, before this evaluation: min df 5, overview ×1, director ×2.</summary>
    public static ModelBuildOptions InitialDefaults { get; } = new()
    {
        Soup = new SoupOptions { OverviewWeight = 1, DirectorWeight = 2 },
        TfIdf = new TfIdfOptions { MinDocumentFrequency = 5 },
    };

    /// <summary>The original app: equal weights, no people, raw TF, every term kept, no field caps.</summary>
    public static ModelBuildOptions OriginalApp { get; } = new()
    {
        Soup = new SoupOptions
        {
            GenreWeight = 1, DirectorWeight = 0, CastWeight = 0, LeadCompanyWeight = 1, CompanyWeight = 1, OverviewWeight = 1,
            MaxKeywords = int.MaxValue, MaxCompanies = int.MaxValue, MaxCountries = int.MaxValue, MaxOverviewWords = int.MaxValue,
        },
        TfIdf = new TfIdfOptions { Scaling = TermFrequencyScaling.Raw, MinDocumentFrequency = 1, MaxDocumentFrequencyRatio = 1 },
    };

    /// <summary>The product rows drawn in the chart (the others are in the table only).</summary>
    public static IReadOnlySet<string> Charted { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "trainer: original app settings",
        "trainer: initial defaults (min df 5, overview ×1, director ×2)",
        "trainer: defaults (min df 1, overview ×0.5, director ×3)",
        "engine: defaults (popularity prior 0.1), MMR off",
        "engine: defaults, MMR 0.3",
    };

    public static IReadOnlyList<(string Name, ModelBuildOptions Options, double Prior)> Configurations { get; } =
    [
        ("trainer: original app settings", OriginalApp, 0),
        ("trainer: initial defaults (min df 5, overview ×1, director ×2)", InitialDefaults, 0),
        ("trainer: initial + min df 1", InitialDefaults with { TfIdf = InitialDefaults.TfIdf with { MinDocumentFrequency = 1 } }, 0),
        ("trainer: initial + overview ×0.5", InitialDefaults with { Soup = InitialDefaults.Soup with { OverviewWeight = 0.5f } }, 0),
        ("trainer: initial + director ×3", InitialDefaults with { Soup = InitialDefaults.Soup with { DirectorWeight = 3 } }, 0),
        ("trainer: initial + BM25 TF", InitialDefaults with { TfIdf = InitialDefaults.TfIdf with { Scaling = TermFrequencyScaling.Bm25 } }, 0),
        ("trainer: initial + genres ×1", InitialDefaults with { Soup = InitialDefaults.Soup with { GenreWeight = 1 } }, 0),
        ("trainer: defaults (min df 1, overview ×0.5, director ×3)", Defaults, 0),
        ("trainer: defaults + popularity prior 0.1", Defaults, PopularityPrior),
        ("trainer: defaults + popularity prior 0.2", Defaults, 0.2),
        ("trainer: defaults, pruned neighbour search (as above 20k films)", Defaults with { Neighbours = Defaults.Neighbours with { ExactSearchMaxMovies = 0 } }, 0),
    ];
}
