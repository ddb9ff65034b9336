using Microsoft.EntityFrameworkCore;

namespace MovieRecommender.Analytics.Reports;

/// <summary>The aggregate queries behind the experiment report and the analytics dashboard; all computed in the database.</summary>
public sealed class AnalyticsReader(AnalyticsDbContextFactory databases)
{
    public async Task<IReadOnlyList<VariantTotals>> ExperimentTotalsAsync(string experiment, CancellationToken cancellationToken)
    {
        await databases.EnsureMigratedAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        var context = databases.CreateDbContext();
        await using (context.ConfigureAwait(false))
        {
            var inExperiment = context.Events.AsNoTracking().Where(e => e.Experiment == experiment && e.Variant != null);
            var exposures = await inExperiment
                .Where(e => e.Kind == AnalyticsEventKind.Served && e.Subject != null)
                .GroupBy(e => e.Variant!)
                .Select(g => new { Variant = g.Key, Count = g.Select(e => e.Subject).Distinct().Count() })
                .ToDictionaryAsync(x => x.Variant, x => (long)x.Count, cancellationToken).ConfigureAwait(false);
            var events = await inExperiment
                .Where(e => e.Kind == AnalyticsEventKind.Impression || e.Kind == AnalyticsEventKind.Click)
                .GroupBy(e => new { Variant = e.Variant!, e.Kind })
                .Select(g => new { g.Key.Variant, g.Key.Kind, Count = g.LongCount() })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. exposures.Keys.Union(events.Select(e => e.Variant)).Distinct().Select(variant => new VariantTotals(
                variant,
                exposures.GetValueOrDefault(variant),
                events.Where(e => e.Variant == variant && e.Kind == AnalyticsEventKind.Impression).Sum(e => e.Count),
                events.Where(e => e.Variant == variant && e.Kind == AnalyticsEventKind.Click).Sum(e => e.Count)))];
        }
    }

    public async Task<IReadOnlyList<DailyActivity>> DailyActivityAsync(DateTime sinceUtc, CancellationToken cancellationToken)
    {
        await databases.EnsureMigratedAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        var context = databases.CreateDbContext();
        await using (context.ConfigureAwait(false))
        {
            var rows = await context.Events.AsNoTracking()
                .Where(e => e.OccurredAt >= sinceUtc && (e.Kind == AnalyticsEventKind.Search || e.Kind == AnalyticsEventKind.Served))
                .GroupBy(e => new { e.OccurredAt.Date, e.Kind })
                .Select(g => new { g.Key.Date, g.Key.Kind, Count = g.LongCount() })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.GroupBy(r => DateOnly.FromDateTime(r.Date)).OrderBy(g => g.Key).Select(g => new DailyActivity(
                g.Key,
                g.Where(r => r.Kind == AnalyticsEventKind.Search).Sum(r => r.Count),
                g.Where(r => r.Kind == AnalyticsEventKind.Served).Sum(r => r.Count)))];
        }
    }

    /// <summary>The most submitted searches with at least <paramref name="minimumCount"/> submissions; only zero-result ones if asked.</summary>
    public async Task<IReadOnlyList<SearchCount>> TopSearchesAsync(DateTime sinceUtc, int minimumCount, int limit, bool zeroResultsOnly,
        CancellationToken cancellationToken)
    {
        await databases.EnsureMigratedAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        var context = databases.CreateDbContext();
        await using (context.ConfigureAwait(false))
        {
            var searches = context.Events.AsNoTracking()
                .Where(e => e.Kind == AnalyticsEventKind.Search && e.OccurredAt >= sinceUtc && e.Query != null);
            if (zeroResultsOnly)
            {
                searches = searches.Where(e => e.ResultCount == 0);
            }

            var rows = await searches.GroupBy(e => e.Query!)
                .Select(g => new { Query = g.Key, Count = g.LongCount() })
                .Where(x => x.Count >= minimumCount)
                .OrderByDescending(x => x.Count).ThenBy(x => x.Query)
                .Take(limit)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.Select(r => new SearchCount(r.Query, r.Count))];
        }
    }

    /// <summary>Impressions and clicks per list and experiment variant (null experiment = outside any experiment).</summary>
    public async Task<IReadOnlyList<ListClickThrough>> ClickThroughAsync(DateTime sinceUtc, CancellationToken cancellationToken)
    {
        await databases.EnsureMigratedAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        var context = databases.CreateDbContext();
        await using (context.ConfigureAwait(false))
        {
            var rows = await context.Events.AsNoTracking()
                .Where(e => e.OccurredAt >= sinceUtc && e.List != null
                    && (e.Kind == AnalyticsEventKind.Impression || e.Kind == AnalyticsEventKind.Click))
                .GroupBy(e => new { List = e.List!, e.Experiment, e.Variant, e.Kind })
                .Select(g => new { g.Key.List, g.Key.Experiment, g.Key.Variant, g.Key.Kind, Count = g.LongCount() })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.GroupBy(r => (r.List, r.Experiment, r.Variant))
                .OrderBy(g => g.Key.List, StringComparer.Ordinal).ThenBy(g => g.Key.Experiment, StringComparer.Ordinal).ThenBy(g => g.Key.Variant, StringComparer.Ordinal)
                .Select(g => new ListClickThrough(g.Key.List, g.Key.Experiment, g.Key.Variant,
                    g.Where(r => r.Kind == AnalyticsEventKind.Impression).Sum(r => r.Count),
                    g.Where(r => r.Kind == AnalyticsEventKind.Click).Sum(r => r.Count)))];
        }
    }
}
