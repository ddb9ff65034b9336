using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MovieRecommender.Analytics.Reports;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Web.Experiments;
using MovieRecommender.Web.Localization;
using MovieRecommender.Web.Observability;
using MovieRecommender.Web.Settings;
using MovieRecommender.Web.ViewModels;

namespace MovieRecommender.Web.Presentation;

/// <summary>Gathers the analytics page: stored aggregates from the database, latency and cache from this process.</summary>
public sealed partial class AnalyticsDashboardBuilder(
    AnalyticsReader reader,
    ExperimentReportService experiments,
    LatencyRecorder latency,
    IRecommenderService recommender,
    IOptions<AnalyticsSettings> settings,
    TimeProvider timeProvider,
    ILogger<AnalyticsDashboardBuilder> logger,
    IStringLocalizer<SharedResource> text)
{
    public const int DefaultDays = 30;
    private const int SearchRows = 20;
    private const int LatencyRows = 12;

    public async Task<AnalyticsDashboardViewModel> BuildAsync(CancellationToken cancellationToken)
    {
        var since = timeProvider.GetUtcNow().UtcDateTime.Date.AddDays(1 - DefaultDays);
        var minimum = settings.Value.MinimumSearchCount;
        var cache = recommender.IsReady ? recommender.CacheStatistics : new CacheStatistics(0, 0, 0);
        var model = recommender.CurrentModel;
        var page = new AnalyticsDashboardViewModel
        {
            Days = DefaultDays,
            Daily = [],
            TopSearches = [],
            ZeroResultSearches = [],
            MinimumSearchCount = minimum,
            ClickThrough = [],
            Experiments = [],
            Latency = [.. latency.Snapshot().Take(LatencyRows)],
            CacheHits = cache.Hits,
            CacheMisses = cache.Misses,
            ModelVersion = model?.ModelVersion,
            Movies = model?.Movies ?? 0,
            LoadedAt = model?.LoadedAt.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture),
            LoadSeconds = model?.LoadDuration.TotalSeconds,
        };
        try
        {
            return page with
            {
                Daily = await reader.DailyActivityAsync(since, cancellationToken).ConfigureAwait(false),
                TopSearches = await reader.TopSearchesAsync(since, minimum, SearchRows, zeroResultsOnly: false, cancellationToken).ConfigureAwait(false),
                ZeroResultSearches = await reader.TopSearchesAsync(since, minimum, SearchRows, zeroResultsOnly: true, cancellationToken).ConfigureAwait(false),
                ClickThrough = await reader.ClickThroughAsync(since, cancellationToken).ConfigureAwait(false),
                Experiments = await experiments.ReportsAsync(cancellationToken).ConfigureAwait(false),
            };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // The page must still show what the process knows when the database is down.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogDatabaseUnreadable(ex);
            return page with { DatabaseError = text["Analytics.DatabaseError", "/api/health/ready"] };
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Analytics dashboard: the app database could not be read")]
    private partial void LogDatabaseUnreadable(Exception exception);
}
