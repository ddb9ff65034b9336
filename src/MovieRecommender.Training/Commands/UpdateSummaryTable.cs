using System.Globalization;
using MovieRecommender.Core.Updating;
using Spectre.Console;

namespace MovieRecommender.Training.Commands;

/// <summary>The end-of-run summary of <c>update</c>: rows, films added and replaced, lists changed, the collaborative part, idf drift, time per stage.</summary>
internal static class UpdateSummaryTable
{
    private const double BytesPerMegabyte = 1024 * 1024;

    public static Table Create(CatalogUpdateSummary summary)
    {
        var table = new Table().Title("Update summary").AddColumn("Item").AddColumn(new TableColumn("Value").RightAligned());
        Add(table, "Rows read", Number(summary.RowsRead));
        var skipped = Number(summary.RowsSkipped);
        if (summary.FirstSkippedLines.Count > 0)
        {
            skipped += $" (first at line(s) {string.Join(", ", summary.FirstSkippedLines)})";
        }

        Add(table, "Rows skipped (malformed or duplicate)", skipped);
        Add(table, "Rows filtered out (the model's filter)", Number(summary.RowsFilteredOut));
        Add(table, "Films added", Number(summary.FilmsAdded));
        Add(table, "Films replaced", Number(summary.FilmsReplaced));
        Add(table, "Other films' neighbour lists changed", Number(summary.ExistingListsChanged));
        Add(table, "Terms added", Number(summary.TermsAdded));
        Add(table, "Films / terms now", $"{Number(summary.Movies)} / {Number(summary.Terms)}");
        Add(table, "Films added since the last training", Number(summary.FilmsAddedSinceTraining));
        Add(table, "Collaborative part and ranker", summary.CollaborativeCarried ? "carried over" : "none (content-only model)");
        if (summary.CollaborativeCarried)
        {
            // New films have no ratings until the next training with ratings: the hybrid recommends them from content.
            Add(table, "New films without ratings", Number(summary.FilmsAdded));
        }

        Add(table, "idf drift (mean, occurrence-weighted)", summary.Drift.MeanRelativeChange.ToString("P2", CultureInfo.InvariantCulture));
        Add(table, "Terms whose idf drifted > 10%", Number(summary.Drift.TermsOverTenPercent));
        Add(table, "Model size", string.Create(CultureInfo.InvariantCulture, $"{summary.ModelBytes / BytesPerMegabyte:F1} MB"));
        Add(table, "Model version", $"{summary.ModelVersion} (from {summary.PreviousVersion})");
        foreach (var (stage, duration) in summary.StageDurations.OrderBy(d => d.Key))
        {
            Add(table, $"Time: {stage}", Seconds(duration));
        }

        Add(table, "Time: total", Seconds(summary.TotalDuration));
        return table;
    }

    private static void Add(Table table, string item, string value) => table.AddRow(Markup.Escape(item), Markup.Escape(value));

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan duration) => string.Create(CultureInfo.InvariantCulture, $"{duration.TotalSeconds:F2} s");
}
