namespace MovieRecommender.Core.Experiments;

/// <summary>Turns the observed counts of an experiment into its report (intervals, tests, sample-ratio check).</summary>
public static class ExperimentAnalyzer
{
    public static ExperimentReport Analyze(string experiment, string control, IReadOnlyList<VariantCounts> variants,
        double sampleRatioAlpha = SampleRatioCheck.DefaultAlpha)
    {
        ArgumentNullException.ThrowIfNull(variants);
        var controlCounts = variants.FirstOrDefault(v => v.Variant == control)
            ?? throw new ArgumentException($"The control variant '{control}' is not among the variants.", nameof(control));
        var reports = variants.Select(v =>
        {
            bool isControl = v.Variant == control;
            return new VariantReport(
                v.Variant,
                isControl,
                v.Weight,
                v.Exposures,
                v.Impressions,
                v.Clicks,
                ProportionStatistics.Wilson(Math.Min(v.Clicks, v.Impressions), v.Impressions),
                isControl ? null : ProportionStatistics.Difference(
                    Math.Min(controlCounts.Clicks, controlCounts.Impressions), controlCounts.Impressions, Math.Min(v.Clicks, v.Impressions), v.Impressions),
                isControl ? null : ProportionStatistics.TwoProportionPValue(
                    Math.Min(controlCounts.Clicks, controlCounts.Impressions), controlCounts.Impressions, Math.Min(v.Clicks, v.Impressions), v.Impressions));
        }).ToList();
        double srm = SampleRatioCheck.PValue([.. variants.Select(v => v.Exposures)], [.. variants.Select(v => v.Weight)]);
        return new ExperimentReport(experiment, control, reports, srm, srm < sampleRatioAlpha);
    }
}
