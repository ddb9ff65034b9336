using MovieRecommender.Evaluation.Metrics;
using MovieRecommender.Evaluation.Recommenders;

namespace MovieRecommender.Evaluation.Protocol;

/// <summary>
/// Queries a recommender once per case for accuracy and diversity, and once per catalog film for coverage
/// (the share of the catalog that appears in some film's top-k: exact, so it has no sampling interval).
/// </summary>
public sealed class EvaluationRunner(
    IReadOnlyList<EvaluationCase> cases,
    int catalogSize,
    FeatureSimilarity similarity,
    int cutoff)
{
    public ConfigurationResult Run(IEvaluatedRecommender recommender)
    {
        ArgumentNullException.ThrowIfNull(recommender);
        var ndcg = new double[cases.Count];
        var hits = new double[cases.Count];
        var precision = new double[cases.Count];
        var diversity = new double[cases.Count];
        var lists = new IReadOnlyList<int>[cases.Count];
        for (var i = 0; i < cases.Count; i++)
        {
            var current = cases[i];
            var list = recommender.Recommend(current.SeedIndex, cutoff);
            lists[i] = list;
            ndcg[i] = RankingMetrics.Ndcg(list, current.Relevant, cutoff);
            hits[i] = RankingMetrics.HitRate(list, current.Relevant, cutoff);
            precision[i] = RankingMetrics.Precision(list, current.Relevant, cutoff);
            diversity[i] = IntraListDiversity.Compute(list, similarity.Similarity);
        }

        var coverage = new CatalogCoverage(catalogSize);
        for (var seed = 0; seed < catalogSize; seed++)
        {
            coverage.Add(recommender.Recommend(seed, cutoff));
        }

        return new ConfigurationResult(
            recommender.Name,
            ndcg,
            MetricEstimate.FromSamples(ndcg),
            MetricEstimate.FromSamples(hits),
            MetricEstimate.FromSamples(precision),
            coverage.Value,
            MetricEstimate.FromSamples(diversity))
        {
            Lists = lists,
        };
    }
}
