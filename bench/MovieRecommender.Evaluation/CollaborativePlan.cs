using MovieRecommender.Core.Collaborative;
using MovieRecommender.Core.Hybrid;

namespace MovieRecommender.Evaluation;

/// <summary>
/// Collaborative configurations evaluated on a split with training users. Settings were explored on the development
/// split only (rows "ablation"); the defaults are the product's (<see cref="ItemSimilarityOptions"/>,
/// <see cref="ImplicitAlsOptions"/>, <see cref="HybridOptions"/>).
/// </summary>
public static class CollaborativePlan
{
    public const string ItemItemName = "item-item CF (adjusted cosine, shrinkage 200)";
    public const string AlsName = "ALS (implicit, 32 factors, λ 5, α 2)";
    public const string BlendName = "naive blend: content default + item-item (reciprocal rank)";
    public const string HybridName = "hybrid: learned ranker (LightGBM LambdaRank) = product default";

    public static IReadOnlyList<(string Name, ItemSimilarityOptions Options)> ItemItem { get; } =
    [
        (ItemItemName, ItemSimilarityOptions.Default),
        ("ablation: item-item, shrinkage 0", ItemSimilarityOptions.Default with { Shrinkage = 0 }),
        ("ablation: item-item, shrinkage 25", ItemSimilarityOptions.Default with { Shrinkage = 25 }),
        ("ablation: item-item, shrinkage 100", ItemSimilarityOptions.Default with { Shrinkage = 100 }),
    ];

    public static IReadOnlyList<(string Name, ImplicitAlsOptions Options)> Als { get; } =
    [
        (AlsName, ImplicitAlsOptions.Default),
        ("ablation: ALS, 48 factors, λ 0.1", ImplicitAlsOptions.Default with { Factors = 48, Regularization = 0.1 }),
        ("ablation: ALS, 16 factors, λ 0.1", ImplicitAlsOptions.Default with { Factors = 16, Regularization = 0.1 }),
        ("ablation: ALS, λ 30", ImplicitAlsOptions.Default with { Regularization = 30 }),
        ("ablation: ALS, α 10", ImplicitAlsOptions.Default with { Alpha = 10 }),
    ];

    /// <summary>The product's hybrid, then ablations of its candidate sources (each trains its own ranker: run them with --only).</summary>
    public static IReadOnlyList<(string Name, HybridOptions Candidates, bool OnlyOnRequest)> Hybrid { get; } =
    [
        (HybridName, HybridOptions.Default, false),
        ("ablation: hybrid without the popular head", HybridOptions.Default with { PopularHead = 0 }, true),
        ("ablation: hybrid without ALS candidates", HybridOptions.Default with { AlsCandidates = 0 }, true),
    ];

    /// <summary>Profile popularity discounts compared on the personal protocol (same ranker; the first is the product default).</summary>
    public static IReadOnlyList<double> ProfileDiscounts { get; } = [HybridOptions.DefaultProfilePopularityDiscount, 0, 1, 2, 3, 5, 8, 12, 20];

    /// <summary>Shares of a personal list given to content neighbours, compared on the personal protocol (same ranker).</summary>
    public static IReadOnlyList<double> ProfileContentShares { get; } = [0, 0.2, 0.3, 0.4, 0.5];

    /// <summary>The collaborative rows drawn in the chart: one per step.</summary>
    public static IReadOnlySet<string> Charted { get; } = new HashSet<string>(StringComparer.Ordinal) { ItemItemName, AlsName, BlendName, HybridName };
}
