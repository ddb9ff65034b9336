using System.Globalization;
using System.Text;
using MovieRecommender.Evaluation.Metrics;
using MovieRecommender.Evaluation.Protocol;

namespace MovieRecommender.Evaluation.Reporting;

/// <summary>Markdown table of all configurations, NDCG also as a paired ratio to the original app's configuration.</summary>
public static class QualityTable
{
    public static string ToMarkdown(IReadOnlyList<ConfigurationResult> results, ConfigurationResult? reference, int cutoff, int seed)
    {
        ArgumentNullException.ThrowIfNull(results);
        var builder = new StringBuilder();
        builder.AppendLine(CultureInfo.InvariantCulture,
            $"| configuration | NDCG@{cutoff} [95% CI] | × original [95% CI] | HitRate@{cutoff} [95% CI] | Precision@{cutoff} [95% CI] | catalog coverage | intra-list diversity [95% CI] |");
        builder.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var result in results)
        {
            var ratio = reference is null ? "–" : Format(PairedRatio.Estimate(result, reference, seed), "0.00");
            builder.AppendLine(CultureInfo.InvariantCulture,
                $"| {result.Name} | {Format(result.Ndcg)} | {ratio} | {Format(result.HitRate)} | {Format(result.Precision)} | {result.Coverage:0.000} | {Format(result.Diversity)} |");
        }

        return builder.ToString();
    }

    private static string Format(MetricEstimate estimate, string format = "0.000") =>
        string.Create(CultureInfo.InvariantCulture,
            $"{estimate.Mean.ToString(format, CultureInfo.InvariantCulture)} [{estimate.Lower.ToString(format, CultureInfo.InvariantCulture)}, {estimate.Upper.ToString(format, CultureInfo.InvariantCulture)}]");
}
