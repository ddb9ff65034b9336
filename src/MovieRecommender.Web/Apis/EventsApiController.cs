using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MovieRecommender.Analytics;
using MovieRecommender.Web.Analytics;
using MovieRecommender.Web.Apis.Contracts;
using MovieRecommender.Web.RateLimiting;

namespace MovieRecommender.Web.Apis;

/// <summary>
/// Impressions and clicks from the browser (navigator.sendBeacon). Answers 202 at once: storage happens in the
/// background and a full queue drops events, never the request. JSON only, which a cross-site form or a
/// no-preflight fetch cannot send, hence no antiforgery token. Error messages are in the request's language; their
/// keys ("[2].movieId") are the same in every language.
/// </summary>
[ApiController]
[IgnoreAntiforgeryToken]
[EnableRateLimiting(RateLimitPolicyNames.Events)]
public sealed class EventsApiController(AnalyticsRecorder recorder) : ControllerBase
{
    public const int MaxEventsPerBatch = 100;
    public const int MaxPosition = 10_000;
    private const long MaxRequestBytes = 64 * 1024;

    /// <summary>Records up to 100 impression/click events; 400 names the first bad event and field.</summary>
    [HttpPost("/api/v1/events")]
    [Consumes("application/json")]
    [RequestSizeLimit(MaxRequestBytes)]
    [ProducesResponseType(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public IActionResult Post([FromBody] IReadOnlyList<EventDto>? events)
    {
        if (events is null || events.Count == 0 || events.Count > MaxEventsPerBatch)
        {
            ModelState.AddModelError("events", ProblemResults.Text(HttpContext, "Problem.EventsBatch", MaxEventsPerBatch));
            return ValidationProblem(ModelState);
        }

        var parsed = new List<(AnalyticsEventKind, string, int, int?, int?)>(events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            if (Parse(events[i], i) is { } valid)
            {
                parsed.Add(valid);
            }
        }

        if (!ModelState.IsValid)
        {
            return ValidationProblem(ModelState);
        }

        recorder.ClientEvents(parsed);
        return Accepted();
    }

    private (AnalyticsEventKind, string, int, int?, int?)? Parse(EventDto item, int index)
    {
        var at = $"[{index}]";
        AnalyticsEventKind? kind = item.Type switch
        {
            "impression" => AnalyticsEventKind.Impression,
            "click" => AnalyticsEventKind.Click,
            _ => null,
        };
        if (kind is null)
        {
            ModelState.AddModelError($"{at}.type", ProblemResults.Text(HttpContext, "Problem.EventType"));
        }

        var list = item.List is { } l && RecommendationLists.EventLists.Contains(l) ? l : null;
        if (list is null)
        {
            ModelState.AddModelError($"{at}.list", ProblemResults.Text(HttpContext, "Problem.EventList", string.Join(", ", RecommendationLists.EventLists)));
        }

        var movieId = PositiveInt(item.MovieId);
        if (movieId is null)
        {
            ModelState.AddModelError($"{at}.movieId", ProblemResults.Text(HttpContext, "Problem.EventTmdbId", "movieId"));
        }

        int? position = null;
        if (item.Position is { ValueKind: not JsonValueKind.Null } p)
        {
            position = p.ValueKind == JsonValueKind.Number && p.TryGetInt32(out var value) && value is >= 0 and <= MaxPosition ? value : null;
            if (position is null)
            {
                ModelState.AddModelError($"{at}.position", ProblemResults.Text(HttpContext, "Problem.EventPosition", MaxPosition));
            }
        }

        int? sourceId = null;
        if (item.SourceId is { ValueKind: not JsonValueKind.Null } s)
        {
            sourceId = PositiveInt(s);
            if (sourceId is null)
            {
                ModelState.AddModelError($"{at}.sourceId", ProblemResults.Text(HttpContext, "Problem.EventTmdbId", "sourceId"));
            }
        }

        return kind is { } k && list is not null && movieId is { } id ? (k, list, id, position, sourceId) : null;
    }

    private static int? PositiveInt(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var id) && id > 0 ? id : null;
}
