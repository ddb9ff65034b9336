using MovieRecommender.Analytics;
using MovieRecommender.Core.Experiments;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Core.Recommendations.Search;
using MovieRecommender.Web.Experiments;
using Microsoft.Extensions.Options;
using MovieRecommender.Web.Observability;
using MovieRecommender.Web.Settings;

namespace MovieRecommender.Web.Analytics;

/// <summary>
/// The one door for a request to record what it served: the metrics always (anonymous counts), and the stored
/// events when tracking is allowed. Also owns the request's experiment assignment, so the settings a list was
/// built with and the variant it is logged under can never disagree.
/// </summary>
public sealed class AnalyticsRecorder(
    IHttpContextAccessor httpContextAccessor,
    ExperimentCatalog experiments,
    EventChannel queue,
    AppMetrics metrics,
    IOptions<AnalyticsSettings> settings,
    TimeProvider timeProvider)
{
    private bool _resolved;
    private bool _trackingAllowed;
    private string? _subject;
    private ExperimentAssignment? _assignment;

    /// <summary>The recommender settings of this visitor's experiment variant (the default when in none).</summary>
    public RecommenderSettings Settings => Assignment?.Variant.Settings ?? RecommenderSettings.Default;

    public ExperimentAssignment? Assignment
    {
        get
        {
            Resolve();
            return _assignment;
        }
    }

    /// <summary>A list of films was served; <paramref name="list"/> is one of <see cref="RecommendationLists"/>.</summary>
    public void ListServed(string list, RecommendationAlgorithm? algorithm, int? sourceId = null)
    {
        var name = RecommendationAlgorithms.NameOf(algorithm);
        metrics.RecommendationsServed(name, list);
        Resolve();
        if (!_trackingAllowed)
        {
            return;
        }

        var inExperiment = RecommendationLists.ExperimentLists.Contains(list) ? _assignment : null;
        queue.Enqueue(new AnalyticsEvent
        {
            OccurredAt = timeProvider.GetUtcNow().UtcDateTime,
            Kind = AnalyticsEventKind.Served,
            List = list,
            SourceId = sourceId,
            Algorithm = name,
            Experiment = inExperiment?.Experiment.Name,
            Variant = inExperiment?.Variant.Name,
            Subject = _subject is null ? null : AnalyticsSubject.StoredKey(_subject),
        });
    }

    /// <summary>A submitted title search and how many films it found (0 = a zero-result search).</summary>
    public void SearchSubmitted(string text, int resultCount)
    {
        var query = SearchTextNormalizer.Normalize(text);
        Resolve();
        if (!_trackingAllowed || query.Length == 0)
        {
            return;
        }

        queue.Enqueue(new AnalyticsEvent
        {
            OccurredAt = timeProvider.GetUtcNow().UtcDateTime,
            Kind = AnalyticsEventKind.Search,
            Query = query.Length > AnalyticsEvent.QueryMaxLength ? query[..AnalyticsEvent.QueryMaxLength] : query,
            ResultCount = resultCount,
        });
    }

    /// <summary>Browser-reported impressions and clicks, tagged with this visitor's variant where it applies.</summary>
    public int ClientEvents(IReadOnlyList<(AnalyticsEventKind Kind, string List, int MovieId, int? Position, int? SourceId)> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        Resolve();
        if (!_trackingAllowed)
        {
            return 0;
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        var subject = _subject is null ? null : AnalyticsSubject.StoredKey(_subject);
        return queue.Enqueue([.. events.Select(e =>
        {
            var inExperiment = RecommendationLists.ExperimentLists.Contains(e.List) ? _assignment : null;
            return new AnalyticsEvent
            {
                OccurredAt = now,
                Kind = e.Kind,
                List = e.List,
                MovieId = e.MovieId,
                Position = e.Position,
                SourceId = e.SourceId,
                Experiment = inExperiment?.Experiment.Name,
                Variant = inExperiment?.Variant.Name,
                Subject = subject,
            };
        })]);
    }

    private void Resolve()
    {
        if (_resolved)
        {
            return;
        }

        _resolved = true;
        var context = httpContextAccessor.HttpContext;
        if (context is null)
        {
            return;
        }

        _trackingAllowed = settings.Value.Enabled && TrackingConsent.IsTrackingAllowed(context.Request);
        _subject = AnalyticsSubject.Resolve(context);
        _assignment = experiments.Assign(_subject);
    }
}
