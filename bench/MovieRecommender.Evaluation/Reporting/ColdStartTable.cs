using System.Globalization;
using System.Text;
using MovieRecommender.Evaluation.Metrics;
using MovieRecommender.Evaluation.Protocol;

namespace MovieRecommender.Evaluation.Reporting;

/// <summary>
/// The cold-start slices of the seed protocol: cases whose seed film has fewer than <see cref="ColdRatings"/> training
/// ratings, and the liked films with fewer than that many (NDCG against those targets only, cases that have one).
/// Each configuration is compared with the content engine on the same cases (paired bootstrap ratio).
/// </summary>
public static class ColdStartTable
{
    public const int ColdRatings = 5;

    public static string ToMarkdown(IReadOnlyList<ConfigurationResult> results, ConfigurationResult content,
        IReadOnlyList<EvaluationCase> cases, int[] ratingCounts, int cutoff, int seed)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(ratingCounts);
        var coldSeeds = Enumerable.Range(0, cases.Count).Where(i => ratingCounts[cases[i].SeedIndex] < ColdRatings).ToArray();
        var coldTargets = cases.Select(c => c.Relevant.Where(f => ratingCounts[f] < ColdRatings).ToHashSet()).ToArray();
        var withColdTargets = Enumerable.Range(0, cases.Count).Where(i => coldTargets[i].Count > 0).ToArray();

        var builder = new StringBuilder();
        builder.AppendLine(CultureInfo.InvariantCulture,
            $"Cold: fewer than {ColdRatings} ratings from the training users. {coldSeeds.Length} cases have a cold seed; {withColdTargets.Length} cases have a cold liked film.\n");
        builder.AppendLine(CultureInfo.InvariantCulture,
            $"| configuration | cold seeds: NDCG@{cutoff} [95% CI] | × content engine [95% CI] | cold targets: NDCG@{cutoff} [95% CI] | × content engine [95% CI] |");
        builder.AppendLine("|---|---|---|---|---|");
        var contentSeeds = coldSeeds.Select(i => content.NdcgPerCase[i]).ToArray();
        var contentTargets = withColdTargets.Select(i => RankingMetrics.Ndcg(content.Lists[i], coldTargets[i], cutoff)).ToArray();
        foreach (var result in results)
        {
            var seeds = coldSeeds.Select(i => result.NdcgPerCase[i]).ToArray();
            var targets = withColdTargets.Select(i => RankingMetrics.Ndcg(result.Lists[i], coldTargets[i], cutoff)).ToArray();
            builder.AppendLine(CultureInfo.InvariantCulture,
                $"| {result.Name} | {Estimate(seeds)} | {Ratio(seeds, contentSeeds, seed)} | {Estimate(targets)} | {Ratio(targets, contentTargets, seed)} |");
        }

        return builder.ToString();
    }

    private static string Estimate(double[] values) => values.Length == 0 ? "–" : Format(MetricEstimate.FromSamples(values), "0.000");

    private static string Ratio(double[] numerator, double[] denominator, int seed)
    {
        if (numerator.Length == 0 || denominator.Sum() <= 0)
        {
            return "–";
        }

        var estimate = BootstrapInterval.Estimate(numerator.Length, sample =>
        {
            var below = sample.Sum(i => denominator[i]);
            return below > 0 ? sample.Sum(i => numerator[i]) / below : 0;
        }, new Random(seed));
        return Format(estimate, "0.00");
    }

    private static string Format(MetricEstimate estimate, string format) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{estimate.Mean.ToString(format, CultureInfo.InvariantCulture)} [{estimate.Lower.ToString(format, CultureInfo.InvariantCulture)}, {estimate.Upper.ToString(format, CultureInfo.InvariantCulture)}]");
}
