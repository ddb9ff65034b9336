using MovieRecommender.Core.Text;
using MovieRecommender.Core.Training;

namespace MovieRecommender.Evaluation;

/// <summary>
/// Configurations of the product's own trainer (and engine) evaluated with the same protocol: its defaults,
/// the original app's settings expressed in its options, and the changes this evaluation proposes.
/// </summary>
public static class TrainerPlan
{
    /// <summary>The popularity prior proposed for the engine's ranking (score + prior · ln(1+votes)/ln(1+max votes)).</summary>
    public const double ProposedPopularityPrior = 0.1;

    public static ModelBuildOptions Defaults { get; } = new();

    /// <summary>The original app: equal weights, no people, raw TF, every term kept, no field caps.</summary>
    public static ModelBuildOptions OriginalApp { get; } = new()
    {
        Soup = new SoupOptions
        {
            GenreWeight = 1, DirectorWeight = 0, CastWeight = 0, LeadCompanyWeight = 1, CompanyWeight = 1,
            MaxKeywords = int.MaxValue, MaxCompanies = int.MaxValue, MaxCountries = int.MaxValue, MaxOverviewWords = int.MaxValue,
        },
        TfIdf = new TfIdfOptions { Scaling = TermFrequencyScaling.Raw, MinDocumentFrequency = 1, MaxDocumentFrequencyRatio = 1 },
    };

    /// <summary>The settings this evaluation proposes as the trainer's defaults.</summary>
    public static ModelBuildOptions Proposed { get; } = new()
    {
        Soup = new SoupOptions { OverviewWeight = 0.5f, DirectorWeight = 3 },
        TfIdf = new TfIdfOptions { MinDocumentFrequency = 1 },
    };

    /// <summary>The product rows drawn in the chart (the others are in the table only).</summary>
    public static IReadOnlySet<string> Charted { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "trainer: original app settings",
        "trainer: its defaults",
        "trainer: proposed (min df 1, overview ×0.5, director ×3)",
        "trainer: proposed + popularity prior 0.1",
        "engine: proposed model, MMR 0.3",
    };

    public static IReadOnlyList<(string Name, ModelBuildOptions Options, double Prior)> Configurations { get; } =
    [
        ("trainer: original app settings", OriginalApp, 0),
        ("trainer: its defaults", Defaults, 0),
        ("trainer: defaults + min df 1", Defaults with { TfIdf = Defaults.TfIdf with { MinDocumentFrequency = 1 } }, 0),
        ("trainer: defaults + overview ×0.5", Defaults with { Soup = Defaults.Soup with { OverviewWeight = 0.5f } }, 0),
        ("trainer: defaults + director ×3", Defaults with { Soup = Defaults.Soup with { DirectorWeight = 3 } }, 0),
        ("trainer: defaults + BM25 TF", Defaults with { TfIdf = Defaults.TfIdf with { Scaling = TermFrequencyScaling.Bm25 } }, 0),
        ("trainer: defaults + genres ×1", Defaults with { Soup = Defaults.Soup with { GenreWeight = 1 } }, 0),
        ("trainer: proposed (min df 1, overview ×0.5, director ×3)", Proposed, 0),
        ("trainer: proposed + popularity prior 0.1", Proposed, ProposedPopularityPrior),
        ("trainer: proposed, pruned neighbour search (as above 20k films)", Proposed with { Neighbours = Proposed.Neighbours with { ExactSearchMaxMovies = 0 } }, 0),
        ("trainer: proposed + popularity prior 0.2", Proposed, 0.2),
    ];
}
