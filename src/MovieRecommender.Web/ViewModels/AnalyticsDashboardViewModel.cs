using MovieRecommender.Analytics.Reports;
using MovieRecommender.Core.Experiments;
using MovieRecommender.Web.Observability;
using MovieRecommender.Web.Presentation;

namespace MovieRecommender.Web.ViewModels;

/// <summary>The admin analytics page: activity per day, searches, click-through, latency, cache and model.</summary>
public sealed record AnalyticsDashboardViewModel
{
    public required int Days { get; init; }
    public required IReadOnlyList<DailyActivity> Daily { get; init; }
    public required IReadOnlyList<SearchCount> TopSearches { get; init; }
    public required IReadOnlyList<SearchCount> ZeroResultSearches { get; init; }
    public required int MinimumSearchCount { get; init; }
    public required IReadOnlyList<ListClickThrough> ClickThrough { get; init; }
    public required IReadOnlyList<ExperimentReport> Experiments { get; init; }
    public required IReadOnlyList<RouteLatency> Latency { get; init; }
    public long CacheHits { get; init; }
    public long CacheMisses { get; init; }
    public string? ModelVersion { get; init; }
    public int Movies { get; init; }
    public string? LoadedAt { get; init; }
    public double? LoadSeconds { get; init; }

    /// <summary>Set when the database could not be read; the in-process figures still show.</summary>
    public string? DatabaseError { get; init; }

    public IReadOnlyList<ChartPoint> SearchesPerDay => [.. Daily.Select(d => new ChartPoint(d.Day.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture), d.Searches))];

    public IReadOnlyList<ChartPoint> RecommendationsPerDay => [.. Daily.Select(d => new ChartPoint(d.Day.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture), d.Recommendations))];

    public IReadOnlyList<ChartPoint> ClickThroughPerList => [.. ClickThrough.GroupBy(c => c.List)
        .Select(g => new ChartPoint(g.Key, Rate(g.Sum(c => c.Clicks), g.Sum(c => c.Impressions))))];

    public string HitRatioText => CacheHits + CacheMisses == 0 ? "–" : Percent(Rate(CacheHits, CacheHits + CacheMisses));

    public static double Rate(long clicks, long impressions) => impressions == 0 ? 0 : Math.Min(1, (double)clicks / impressions);

    public static string Percent(double share) => (100 * share).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";

    public static string Milliseconds(double seconds) => (1000 * seconds).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " ms";
}
