using MovieRecommender.Core.Experiments;
using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Core.Tests.Experiments;

/// <summary>
/// Synthetic visitors with a known preference go through the real assignment; their clicks feed the real report.
/// The report must find the variant people really prefer, stay quiet when the variants are equal, and raise the
/// sample-ratio alarm when part of one variant's traffic goes missing.
/// </summary>
public sealed class ExperimentSimulationTests
{
    private const int Visitors = 6_000;
    private const int ImpressionsPerVisitor = 12;
    private const double ControlCtr = 0.05;
    private const double BetterCtr = 0.065;

    private static readonly ExperimentDefinition Experiment = new("prior-test",
        [new ExperimentVariant("control", 1, RecommenderSettings.Default), new ExperimentVariant("strong-prior", 1, new RecommenderSettings(PopularityPrior: 0.4))],
        "control");

    [Fact]
    public void Analyze_VisitorsPreferOneVariant_FindsThatVariantWithoutSampleRatioAlarm()
    {
        // Act
        var report = Simulate(treatmentCtr: BetterCtr, treatmentExposureLoss: 0, seed: 11);

        // Assert
        var treatment = report.Variants.Single(v => v.Variant == "strong-prior");
        Assert.Equal("strong-prior", report.SignificantWinner()?.Variant);
        Assert.InRange(BetterCtr - ControlCtr, treatment.Difference!.Lower, treatment.Difference.Upper);
        Assert.True(treatment.Difference.Lower > 0);
        Assert.False(report.SampleRatioMismatch);
    }

    [Fact]
    public void Analyze_NoRealDifference_NamesAWinnerAboutOneTimeInTwentyAtMost()
    {
        // Arrange: A/A experiments; at α = 0.05 one in twenty will show a "winner" by chance, no more.
        const int runs = 40;

        // Act
        var reports = Enumerable.Range(100, runs).Select(seed => Simulate(treatmentCtr: ControlCtr, treatmentExposureLoss: 0, seed)).ToList();

        // Assert: binomial(40, 0.05) exceeds 6 with probability < 0.5%.
        Assert.InRange(reports.Count(r => r.SignificantWinner() is not null), 0, 6);
        Assert.InRange(reports.Count(r => r.SampleRatioMismatch), 0, 1);
    }

    [Fact]
    public void Analyze_TreatmentLosesTenthOfItsVisitors_RaisesSampleRatioMismatchAndNamesNoWinner()
    {
        // Act: e.g. a crash in the treatment drops one visit in ten before it is logged.
        var report = Simulate(treatmentCtr: BetterCtr, treatmentExposureLoss: 0.1, seed: 13, visitors: 20_000);

        // Assert
        Assert.True(report.SampleRatioMismatch, $"SRM p = {report.SampleRatioPValue}");
        Assert.Null(report.SignificantWinner());
    }

    private static ExperimentReport Simulate(double treatmentCtr, double treatmentExposureLoss, int seed, int visitors = Visitors)
    {
        var random = new Random(seed);
        var counts = Experiment.Variants.ToDictionary(v => v.Name, _ => (Exposures: 0L, Impressions: 0L, Clicks: 0L));
        for (var i = 0; i < visitors; i++)
        {
            var visitor = "v:" + Convert.ToHexString(BitConverter.GetBytes(random.NextInt64()));
            var variant = ExperimentAssigner.Assign([Experiment], visitor)!.Variant.Name;
            var isTreatment = variant != Experiment.Control;
            if (isTreatment && random.NextDouble() < treatmentExposureLoss)
            {
                continue;
            }

            var ctr = isTreatment ? treatmentCtr : ControlCtr;
            var clicks = Enumerable.Range(0, ImpressionsPerVisitor).Count(_ => random.NextDouble() < ctr);
            var c = counts[variant];
            counts[variant] = (c.Exposures + 1, c.Impressions + ImpressionsPerVisitor, c.Clicks + clicks);
        }

        return ExperimentAnalyzer.Analyze(Experiment.Name, Experiment.Control,
            [.. Experiment.Variants.Select(v => new VariantCounts(v.Name, v.Weight, counts[v.Name].Exposures, counts[v.Name].Impressions, counts[v.Name].Clicks))]);
    }
}
