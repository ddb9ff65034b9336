using MovieRecommender.Analytics.Reports;
using MovieRecommender.Core.Experiments;

namespace MovieRecommender.Web.Experiments;

/// <summary>Every configured experiment's report, from the stored counts.</summary>
public sealed class ExperimentReportService(ExperimentCatalog catalog, AnalyticsReader reader)
{
    public async Task<IReadOnlyList<ExperimentReport>> ReportsAsync(CancellationToken cancellationToken)
    {
        var reports = new List<ExperimentReport>(catalog.All.Count);
        foreach (var experiment in catalog.All)
        {
            var totals = (await reader.ExperimentTotalsAsync(experiment.Name, cancellationToken).ConfigureAwait(false))
                .ToDictionary(t => t.Variant, StringComparer.Ordinal);
            var counts = experiment.Variants.Select(v => totals.TryGetValue(v.Name, out var t)
                ? new VariantCounts(v.Name, v.Weight, t.Exposures, t.Impressions, t.Clicks)
                : new VariantCounts(v.Name, v.Weight, 0, 0, 0)).ToList();
            reports.Add(ExperimentAnalyzer.Analyze(experiment.Name, experiment.Control, counts));
        }

        return reports;
    }

    public bool IsRunning(string experiment) => catalog.Running.Any(e => e.Name == experiment);
}
