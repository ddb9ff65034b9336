using MovieRecommender.Core.Collaborative;
using MovieRecommender.Core.Hybrid;

namespace MovieRecommender.Evaluation;

/// <summary>
/// Collaborative configurations evaluated on a split with training users: item-item and ALS alone (with the
/// settings explored on the development split), the naive blend, and the product's hybrid.
/// </summary>
public static class CollaborativePlan
{
    public static IReadOnlyList<(string Name, ItemSimilarityOptions Options)> ItemItem { get; } =
    [
        ("item-item CF (adjusted cosine, shrinkage 25)", ItemSimilarityOptions.Default),
        ("item-item CF, shrinkage 0", ItemSimilarityOptions.Default with { Shrinkage = 0 }),
        ("item-item CF, shrinkage 100", ItemSimilarityOptions.Default with { Shrinkage = 100 }),
        ("item-item CF, shrinkage 200", ItemSimilarityOptions.Default with { Shrinkage = 200 }),
        ("item-item CF, shrinkage 400", ItemSimilarityOptions.Default with { Shrinkage = 400 }),
        ("item-item CF, shrinkage 100, min common 5", ItemSimilarityOptions.Default with { Shrinkage = 100, MinCommonRaters = 5 }),
    ];

    public static IReadOnlyList<(string Name, ImplicitAlsOptions Options)> Als { get; } =
    [
        ("ALS (implicit, 48 factors, α 2)", ImplicitAlsOptions.Default),
        ("ALS, 32 factors", ImplicitAlsOptions.Default with { Factors = 32 }),
        ("ALS, 64 factors", ImplicitAlsOptions.Default with { Factors = 64 }),
        ("ALS, α 10", ImplicitAlsOptions.Default with { Alpha = 10 }),
        ("ALS, λ 1", ImplicitAlsOptions.Default with { Regularization = 1 }),
        ("ALS, 16 factors", ImplicitAlsOptions.Default with { Factors = 16 }),
        ("ALS, 24 factors, λ 5", ImplicitAlsOptions.Default with { Factors = 24, Regularization = 5 }),
        ("ALS, 32 factors, α 0.5", ImplicitAlsOptions.Default with { Factors = 32, Alpha = 0.5 }),
        ("ALS, 32 factors, 30 iterations", ImplicitAlsOptions.Default with { Factors = 32, Iterations = 30 }),
        ("ALS, 32 factors, λ 10", ImplicitAlsOptions.Default with { Factors = 32, Regularization = 10 }),
        ("ALS, 32 factors, λ 30", ImplicitAlsOptions.Default with { Factors = 32, Regularization = 30 }),
        ("ALS, 64 factors, λ 30", ImplicitAlsOptions.Default with { Factors = 64, Regularization = 30 }),
        ("ALS, 32 factors, λ 100", ImplicitAlsOptions.Default with { Factors = 32, Regularization = 100 }),
    ];

    public static IReadOnlyList<(string Name, HybridCandidateOptions Candidates)> Hybrid { get; } =
    [
        ("hybrid: learned ranker (LambdaRank)", HybridCandidateOptions.Default),
        ("hybrid: learned ranker, no popular head", HybridCandidateOptions.Default with { PopularHead = 0 }),
        ("hybrid: learned ranker, no ALS candidates", HybridCandidateOptions.Default with { AlsCandidates = 0 }),
    ];
}
