using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;

namespace MovieRecommender.Web.Sharing;

/// <summary>
/// Permalinks: absolute, and independent of how the page was reached. A recommendation page is shared by its films'
/// TMDB ids (not the typed title, which could later resolve differently) with its filters, but without paging.
/// </summary>
public static class ShareLinks
{
    public const string MovieImagePathPrefix = "/share/movies/";
    public const string RecommendationsImagePath = "/share/recommendations.png";

    // The title is replaced by the resolved ids; paging, export offsets and the personal "my services" switch are not
    // part of what is shared.
    private static readonly HashSet<string> DroppedParameters = new(StringComparer.OrdinalIgnoreCase) { "title", "id", "page", "offset", "myServices" };

    public static string Movie(HttpRequest request, int movieId) =>
        Absolute(request, "/movies/" + movieId.ToString(CultureInfo.InvariantCulture), QueryString.Empty);

    public static string MovieImage(HttpRequest request, int movieId) =>
        Absolute(request, MovieImagePathPrefix + movieId.ToString(CultureInfo.InvariantCulture) + ".png", QueryString.Empty);

    public static string Recommendations(HttpRequest request, IReadOnlyList<int> seedIds)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = IdQuery(seedIds);
        foreach (var (key, values) in request.Query)
        {
            if (!DroppedParameters.Contains(key))
            {
                query.Add(key.ToLowerInvariant(), values.Where(v => !string.IsNullOrEmpty(v)).Select(v => v!));
            }
        }

        return Absolute(request, "/", query.ToQueryString());
    }

    public static string RecommendationsImage(HttpRequest request, IReadOnlyList<int> seedIds) =>
        Absolute(request, RecommendationsImagePath, IdQuery(seedIds).ToQueryString());

    /// <summary>Scheme and host as the request arrived (behind a proxy: as forwarded, when forwarded headers are trusted).</summary>
    public static string Absolute(HttpRequest request, string path, QueryString query)
    {
        ArgumentNullException.ThrowIfNull(request);
        return UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, new PathString(path), query);
    }

    private static QueryBuilder IdQuery(IReadOnlyList<int> seedIds)
    {
        var query = new QueryBuilder();
        foreach (var id in seedIds.Distinct())
        {
            query.Add("id", id.ToString(CultureInfo.InvariantCulture));
        }

        return query;
    }
}
