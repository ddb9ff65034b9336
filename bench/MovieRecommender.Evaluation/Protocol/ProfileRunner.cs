using MovieRecommender.Evaluation.Metrics;
using MovieRecommender.Evaluation.Recommenders;

namespace MovieRecommender.Evaluation.Protocol;

/// <summary>
/// Runs the personal protocol. Coverage here is the share of the catalog that appears in at least one user's top-k
/// (the lists of the scored users only; there is no "every film as a seed" for profiles).
/// </summary>
public sealed class ProfileRunner(IReadOnlyList<ProfileCase> cases, int catalogSize, FeatureSimilarity similarity, int cutoff)
{
    public ConfigurationResult Run(IProfileEvaluatedRecommender recommender)
    {
        ArgumentNullException.ThrowIfNull(recommender);
        var ndcg = new double[cases.Count];
        var hits = new double[cases.Count];
        var precision = new double[cases.Count];
        var diversity = new double[cases.Count];
        var lists = new IReadOnlyList<int>[cases.Count];
        var coverage = new CatalogCoverage(catalogSize);
        for (var i = 0; i < cases.Count; i++)
        {
            var list = recommender.Recommend(cases[i].Profile, cutoff);
            lists[i] = list;
            coverage.Add(list);
            ndcg[i] = RankingMetrics.Ndcg(list, cases[i].Relevant, cutoff);
            hits[i] = RankingMetrics.HitRate(list, cases[i].Relevant, cutoff);
            precision[i] = RankingMetrics.Precision(list, cases[i].Relevant, cutoff);
            diversity[i] = IntraListDiversity.Compute(list, similarity.Similarity);
        }

        return new ConfigurationResult(recommender.Name, ndcg, MetricEstimate.FromSamples(ndcg), MetricEstimate.FromSamples(hits),
            MetricEstimate.FromSamples(precision), coverage.Value, MetricEstimate.FromSamples(diversity))
        {
            Lists = lists,
        };
    }
}
