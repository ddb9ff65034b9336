using System.Globalization;
using System.Text;
using MovieRecommender.Core.Recommendations.Search;

namespace MovieRecommender.Core.Recommendations;

/// <summary>
/// Canonical cache key of a request: equal for requests that must give equal results (seed order, title
/// spelling variants, genre order and case do not matter) and different across model swaps (generation).
/// </summary>
internal static class RecommendationCacheKey
{
    private const string DiversityFormat = "F2";

    public static string ForRecommend(long generation, RecommendationRequest request, int count, int offset, double diversity,
        double prior)
    {
        var key = new StringBuilder(128);
        key.Append("rec|").Append(generation).Append('|');
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
            .Append(prior.ToString("R", CultureInfo.InvariantCulture)).Append('|')
            .Append(RecommendationAlgorithms.Normalise(request.Algorithm));
        AppendFilter(key, request.Filter ?? MovieFilter.None);
        return key.ToString();
    }

    public static string ForTopRated(long generation, MovieFilter filter, int offset, int limit)
    {
        var key = new StringBuilder(96);
        key.Append("top|").Append(generation).Append('|').Append(offset).Append('|').Append(limit);
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
