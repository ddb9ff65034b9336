using System.Globalization;
using System.Text;
using MovieRecommender.Core.Recommendations.Search;

namespace MovieRecommender.Core.Recommendations;

/// <summary>
/// Canonical cache key of a request: equal for requests that must give equal results (seed order, title
/// spelling variants, genre order and case do not matter) and different across model swaps (the scope: the
/// engine's generation in process, the model version in a cache shared by replicas).
/// </summary>
public static class RecommendationCacheKey
{
    private const string DiversityFormat = "F2";

    /// <summary>The key of <paramref name="request"/> as <see cref="RecommenderService.Recommend"/> will serve it (same bounds).</summary>
    public static string ForRequest(string scope, RecommendationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        int count = Math.Clamp(request.Count, 1, RecommendationRequest.MaxCount);
        int offset = Math.Clamp(request.Offset, 0, RecommenderService.MaxOffset);
        double diversity = double.IsFinite(request.Diversity) ? Math.Clamp(request.Diversity, 0, 1) : 0;
        return ForRecommend(scope, request, count, offset, diversity);
    }

    /// <summary>The key of a top-rated page as <see cref="RecommenderService.TopRated"/> will serve it (same bounds).</summary>
    public static string ForTopRatedPage(string scope, MovieFilter? filter, int offset, int limit) =>
        ForTopRated(scope, filter ?? MovieFilter.None, Math.Max(0, offset), Math.Clamp(limit, 1, RecommenderService.MaxPageSize));

    internal static string ForRecommend(string scope, RecommendationRequest request, int count, int offset, double diversity)
    {
        var key = new StringBuilder(128);
        key.Append("rec|").Append(scope).Append('|');
        if (request.SeedIds is { Count: > 0 } ids)
        {
            key.Append("ids:").AppendJoin(',', ids.Distinct().Order());
        }
        else
        {
            key.Append("title:").Append(TitleQuery.Parse(request.Title).FullKey);
        }

        key.Append('|').Append(count).Append('|').Append(offset).Append('|')
            .Append(diversity.ToString(DiversityFormat, CultureInfo.InvariantCulture)).Append('|')
            .Append(PriorKey(request.PopularityPrior))
            .Append("|a:").Append(request.Algorithm is { } algorithm ? (int)algorithm : -1);
        AppendFilter(key, request.Filter ?? MovieFilter.None);
        return key.ToString();
    }

    // A request without its own prior uses the engine's configured one, the same for every request in the scope.
    private static string PriorKey(double? prior) => prior is { } asked && double.IsFinite(asked)
        ? Math.Clamp(asked, 0, 1).ToString("R", CultureInfo.InvariantCulture)
        : "default";

    internal static string ForTopRated(string scope, MovieFilter filter, int offset, int limit)
    {
        var key = new StringBuilder(96);
        key.Append("top|").Append(scope).Append('|').Append(offset).Append('|').Append(limit);
        AppendFilter(key, filter);
        return key.ToString();
    }

    private static void AppendFilter(StringBuilder key, MovieFilter filter)
    {
        var genres = (filter.Genres ?? []).Where(g => !string.IsNullOrWhiteSpace(g))
            .Select(g => g.Trim().ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal);
        key.Append("|y:").Append(filter.MinYear).Append('-').Append(filter.MaxYear)
            .Append("|g:").AppendJoin(',', genres).Append(':').Append((int)filter.GenreMode)
            .Append("|r:").Append(filter.MinRating?.ToString("R", CultureInfo.InvariantCulture))
            .Append("|v:").Append(filter.MinVotes)
            .Append("|t:").Append(filter.MinRuntime).Append('-').Append(filter.MaxRuntime)
            .Append("|l:").Append(filter.Language?.Trim().ToUpperInvariant())
            .Append("|c:").Append(filter.Country?.Trim().ToUpperInvariant())
            .Append("|x:").Append(filter.ExcludeSameCompany ? '1' : '0')
            .Append("|w:").Append(filter.WatchRegion?.Trim().ToUpperInvariant()).Append(':')
            .AppendJoin(',', (filter.WatchProviderIds ?? []).Distinct().Order());
    }
}
