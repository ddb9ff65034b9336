namespace MovieRecommender.Web.Analytics;

/// <summary>
/// Names of the lists of films a visitor sees (the <c>list</c> of POST /api/v1/events and of the metrics). Public:
/// renaming one breaks stored events and dashboards.
/// </summary>
public static class RecommendationLists
{
    /// <summary>Films like a chosen film: the home page's results and a film page's "Similar films".</summary>
    public const string Similar = "similar";

    /// <summary>Personal recommendations for a signed-in user.</summary>
    public const string ForYou = "for-you";

    /// <summary>The top-rated list (also the home page before a search).</summary>
    public const string TopRated = "top-rated";

    /// <summary>Title suggestions under the search box.</summary>
    public const string Search = "search";

    /// <summary>Metrics label for lists served as JSON/CSV to API clients (never an event list).</summary>
    public const string Api = "api";

    /// <summary>The lists a browser may report events for.</summary>
    public static IReadOnlyList<string> EventLists { get; } = [Similar, ForYou, TopRated, Search];

    /// <summary>The lists whose content an experiment's recommender settings change.</summary>
    public static IReadOnlyList<string> ExperimentLists { get; } = [Similar, ForYou];
}
