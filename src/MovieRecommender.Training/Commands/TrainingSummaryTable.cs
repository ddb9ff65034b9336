using System.Globalization;
using MovieRecommender.Core.Training;
using Spectre.Console;

namespace MovieRecommender.Training.Commands;

/// <summary>The end-of-run summary: rows, films, vocabulary, neighbours, model size and time per stage.</summary>
internal static class TrainingSummaryTable
{
    private const double BytesPerMegabyte = 1024 * 1024;

    public static Table Create(TrainingSummary summary)
    {
        var table = new Table().Title("Training summary").AddColumn("Item").AddColumn(new TableColumn("Value").RightAligned());
        Add(table, "Rows read", Number(summary.RowsRead));
        var skipped = Number(summary.RowsSkipped);
        if (summary.FirstSkippedLines.Count > 0)
        {
            skipped += $" (first at line(s) {string.Join(", ", summary.FirstSkippedLines)})";
        }

        Add(table, "Rows skipped (malformed or duplicate)", skipped);
        Add(table, "Rows filtered out", Number(summary.RowsFilteredOut));
        Add(table, "Films", Number(summary.Movies));
        Add(table, "Terms", Number(summary.Terms));
        Add(table, "Neighbour entries", Number(summary.NeighbourEntries));
        if (summary.ProviderFilms is { } providerFilms)
        {
            Add(table, "Films with watch providers", providerFilms.ToString("N0", CultureInfo.InvariantCulture));
        }

        Add(table, "Model size", string.Create(CultureInfo.InvariantCulture, $"{summary.ModelBytes / BytesPerMegabyte:F1} MB"));
        Add(table, "Model version", summary.ModelVersion);
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
