using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.Memory;
using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Web.ScaleOut;

namespace MovieRecommender.Web.Caching;

/// <summary>
/// Recommendation and top-rated pages through <see cref="HybridCache"/>: an in-process L1 and, when
/// <c>ConnectionStrings:Redis</c> is set, Redis as L2 shared by every replica. Keys carry the served model's
/// version, so a new model never serves a page of the old one, and a page computed by one replica is found by
/// the others. Concurrent misses of one key are computed once.
/// </summary>
public sealed class RecommendationPageCache(
    IRecommenderService recommender,
    HybridCache cache,
    IMemoryCache localCache,
    PageCacheStatistics statistics,
    ScaleOutMetrics metrics)
{
    // HybridCache keys are at most 1,024 characters by default and a title can be long: hash the canonical key.
    private const string KeyPrefix = "page:";

    public CacheStatistics Statistics =>
        statistics.Snapshot((localCache as MemoryCache)?.GetCurrentStatistics()?.CurrentEntryCount ?? 0);

    public async ValueTask<RecommendationResult> RecommendAsync(RecommendationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var version = ServedVersion();
        var key = KeyFor(version, RecommendationCacheKey.ForRequest(version, request));
        statistics.RecordLookup();
        var computed = false;
        var page = await cache.GetOrCreateAsync(key, (recommender, request), (state, _) =>
        {
            computed = true;
            statistics.RecordComputed();
            return ValueTask.FromResult(CachedRecommendationPage.From(state.recommender.Recommend(state.request)));
        }, cancellationToken: cancellationToken).ConfigureAwait(false);
        metrics.PageCacheLookup(computed);
        return page.ToResult(recommender) ?? recommender.Recommend(request);
    }

    public async ValueTask<PagedResult<Movie>> TopRatedAsync(MovieFilter filter, int offset, int limit, CancellationToken cancellationToken)
    {
        var version = ServedVersion();
        var key = KeyFor(version, RecommendationCacheKey.ForTopRatedPage(version, filter, offset, limit));
        statistics.RecordLookup();
        var computed = false;
        var page = await cache.GetOrCreateAsync(key, (recommender, filter, offset, limit), (state, _) =>
        {
            computed = true;
            statistics.RecordComputed();
            return ValueTask.FromResult(CachedMoviePage.From(state.recommender.TopRated(state.filter, state.offset, state.limit)));
        }, cancellationToken: cancellationToken).ConfigureAwait(false);
        metrics.PageCacheLookup(computed);
        return page.ToResult(recommender) ?? recommender.TopRated(filter, offset, limit);
    }

    /// <summary>The model the engine serves now; throws <see cref="ModelNotReadyException"/> like the engine while loading.</summary>
    private string ServedVersion() => recommender.CurrentModel?.ModelVersion ?? throw new ModelNotReadyException();

    internal static string KeyFor(string modelVersion, string canonicalKey) =>
        KeyPrefix + modelVersion + ":" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalKey)));
}
