namespace MovieRecommender.Core.Experiments;

/// <summary>An experiment's results per variant and its sample-ratio check.</summary>
public sealed record ExperimentReport(
    string Experiment,
    string Control,
    IReadOnlyList<VariantReport> Variants,
    double SampleRatioPValue,
    bool SampleRatioMismatch)
{
    /// <summary>
    /// The variant whose click-through rate is significantly better than the control's at <paramref name="alpha"/>
    /// (the best such one), or null when none is; never trusted when the split is broken.
    /// </summary>
    public VariantReport? SignificantWinner(double alpha = 0.05) => SampleRatioMismatch
        ? null
        : Variants.Where(v => !v.IsControl && v.PValue < alpha && v.Difference!.Lower > 0)
            .OrderByDescending(v => v.ClickThroughRate.Estimate).FirstOrDefault();
}
