using System.Diagnostics.Metrics;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Web.Analytics;
using MovieRecommender.Web.Caching;

namespace MovieRecommender.Web.Observability;

/// <summary>
/// The app's own OpenTelemetry instruments (meter <see cref="MeterName"/>). Values the engine already counts (cache
/// hits and misses, the served model) are observed when a scrape asks for them rather than copied on every request.
/// </summary>
/// <remarks>
/// Cache hits and misses carry a <c>cache</c> label per cache in the request path: <c>page</c> (the recommendation and
/// top-rated page cache, L1 or L2, which answers most requests before the engine is asked) and <c>engine</c> (the
/// engine's own result cache, consulted only on a page-cache miss). A hit ratio is meaningful per label; summed over
/// both, a page miss that the engine then answers from its cache counts twice.
/// </remarks>
public sealed class AppMetrics
{
    public const string MeterName = "MovieRecommender";

    /// <summary>Autocomplete latency buckets (seconds): the interesting range is well under a keystroke's 200 ms.</summary>
    internal static readonly double[] SearchDurationBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1];

    private readonly Counter<long> _recommendationsServed;
    private readonly Histogram<double> _searchDuration;
    private readonly Counter<long> _eventsAccepted;
    private readonly Counter<long> _eventsDropped;
    private readonly EventTotals _eventTotals;

    public const string CacheLabel = "cache";
    public const string PageCache = "page";
    public const string EngineCache = "engine";

    public AppMetrics(IMeterFactory meterFactory, IRecommenderService recommender, PageCacheStatistics pageCache, EventTotals eventTotals)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _eventTotals = eventTotals;
        var meter = meterFactory.Create(MeterName);
        _recommendationsServed = meter.CreateCounter<long>(
            "movierec.recommendations.served", "{list}", "Recommendation lists served, by algorithm and list.");
        _searchDuration = meter.CreateHistogram(
            "movierec.search.duration", "s", "Autocomplete (title search) time in the engine.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SearchDurationBuckets });
        _eventsAccepted = meter.CreateCounter<long>(
            "movierec.events.accepted", "{event}", "Events queued for storage, by type (impression, click, served, search) and list.");
        _eventsDropped = meter.CreateCounter<long>(
            "movierec.events.dropped", "{event}", "Events not stored, by reason (queue_full, write_failed).");
        meter.CreateObservableCounter(
            "movierec.cache.hits", () => CacheMeasurements(recommender, s => s.Hits, pageCache.L1Hits + pageCache.L2Hits), "{request}",
            "Recommendation and top-rated lookups answered from a cache, by cache (page, engine).");
        meter.CreateObservableCounter(
            "movierec.cache.misses", () => CacheMeasurements(recommender, s => s.Misses, pageCache.Computed), "{request}",
            "Recommendation and top-rated lookups the cache could not answer, by cache (page, engine).");
        meter.CreateObservableGauge(
            "movierec.model.load.duration", () => ModelMeasurement(recommender, m => m.LoadDuration.TotalSeconds), "s",
            "Time the served model took to load.");
        meter.CreateObservableGauge(
            "movierec.model.movies", () => ModelMeasurement(recommender, m => (double)m.Movies), "{movie}",
            "Films in the served model.");
        meter.CreateObservableGauge(
            "movierec.model.info", () => ModelInfo(recommender), description:
            "Always 1 while a model is served; its labels name the model version and film count.");
    }

    public void RecommendationsServed(string algorithm, string list) =>
        _recommendationsServed.Add(1, new KeyValuePair<string, object?>("algorithm", algorithm), new KeyValuePair<string, object?>("list", list));

    public void SearchCompleted(TimeSpan elapsed) => _searchDuration.Record(elapsed.TotalSeconds);

    public void EventsAccepted(string type, string? list) =>
        _eventsAccepted.Add(1, new KeyValuePair<string, object?>("type", type), new KeyValuePair<string, object?>("list", list ?? "none"));

    /// <summary>Events not stored, whatever the reason; also kept in <see cref="EventTotals"/> for the admin's live counts.</summary>
    public void EventsDropped(int count, string reason)
    {
        _eventsDropped.Add(count, new KeyValuePair<string, object?>("reason", reason));
        _eventTotals.Dropped(count);
    }

    private static Measurement<long>[] CacheMeasurements(IRecommenderService recommender, Func<CacheStatistics, long> engine, long page) =>
    [
        new(page, new KeyValuePair<string, object?>(CacheLabel, PageCache)),
        new(recommender.IsReady ? engine(recommender.CacheStatistics) : 0, new KeyValuePair<string, object?>(CacheLabel, EngineCache)),
    ];

    private static IEnumerable<Measurement<double>> ModelMeasurement(IRecommenderService recommender, Func<LoadedModelInfo, double> read) =>
        recommender.CurrentModel is { } model ? [new Measurement<double>(read(model))] : [];

    private static IEnumerable<Measurement<int>> ModelInfo(IRecommenderService recommender) =>
        recommender.CurrentModel is { } model
            ? [new Measurement<int>(1, new KeyValuePair<string, object?>("model_version", model.ModelVersion),
                new KeyValuePair<string, object?>("movies", model.Movies))]
            : [];
}
