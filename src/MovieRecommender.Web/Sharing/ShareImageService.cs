using System.Globalization;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Web.Presentation;

namespace MovieRecommender.Web.Sharing;

/// <summary>
/// Share images for a film and for "films like …": built from the served model, drawn by
/// <see cref="ShareCardRenderer"/>, and kept in a memory cache bounded in bytes. The cache key carries the model
/// version, so a new model never serves an old picture.
/// </summary>
public sealed class ShareImageService : IDisposable
{
    public const int MaxSeeds = 5;
    private const int RecommendationTiles = 4;
    private const int BytesPerMegabyte = 1024 * 1024;

    private readonly IRecommenderService _recommender;
    private readonly PosterFetcher _posters;
    private readonly ShareCardRenderer _renderer;
    private readonly MemoryCache _cache;

    public ShareImageService(IRecommenderService recommender, PosterFetcher posters, ShareCardRenderer renderer, IOptions<SharingSettings> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _recommender = recommender;
        _posters = posters;
        _renderer = renderer;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = (long)settings.Value.ImageCacheMegabytes * BytesPerMegabyte });
    }

    /// <summary>The film's card, or null when the film is not in the catalog.</summary>
    public Task<ShareImage?> MovieAsync(int movieId, CancellationToken cancellationToken)
    {
        var movie = _recommender.GetMovie(movieId);
        if (movie is null)
        {
            return Task.FromResult<ShareImage?>(null);
        }

        return CachedAsync("movie:" + movieId.ToString(CultureInfo.InvariantCulture), async () =>
        {
            var lines = new List<string>();
            var facts = new[] { movie.Year?.ToString(CultureInfo.InvariantCulture), movie.RuntimeMinutes is { } r ? $"{r} min" : null }
                .Where(f => f is not null);
            lines.Add(string.Join(" · ", facts));
            lines.Add(FormattableString.Invariant($"★ {movie.VoteAverage:0.0} / 10  ({movie.VoteCount:N0} votes)"));
            if (movie.Genres.Count > 0)
            {
                lines.Add(string.Join(" · ", movie.Genres));
            }

            var tile = await TileAsync(movie, cancellationToken).ConfigureAwait(false);
            return new ShareCard(movie.Title, [.. lines.Where(l => l.Length > 0)], [tile]);
        });
    }

    /// <summary>"Films like …" with the first recommendations, or null when no seed id is known.</summary>
    public Task<ShareImage?> RecommendationsAsync(IReadOnlyList<int> seedIds, CancellationToken cancellationToken)
    {
        var ids = seedIds.Distinct().Take(MaxSeeds).Order().ToList();
        var result = _recommender.Recommend(new RecommendationRequest { SeedIds = ids, Count = RecommendationTiles });
        if (result.Status != RecommendationStatus.Ok || result.Seeds.Count == 0)
        {
            return Task.FromResult<ShareImage?>(null);
        }

        var key = "recommendations:" + string.Join(',', ids.Select(i => i.ToString(CultureInfo.InvariantCulture)));
        return CachedAsync(key, async () =>
        {
            var heading = "Films like " + string.Join(" & ", result.Seeds.Select(s => s.Title));
            var lines = result.Items.Take(RecommendationTiles)
                .Select(r => r.Movie.Year is { } y ? $"{r.Movie.Title} ({y.ToString(CultureInfo.InvariantCulture)})" : r.Movie.Title)
                .ToList();
            var tiles = await Task.WhenAll(result.Items.Take(RecommendationTiles).Select(r => TileAsync(r.Movie, cancellationToken))).ConfigureAwait(false);
            return new ShareCard(heading, lines, tiles);
        });
    }

    public void Dispose() => _cache.Dispose();

    private async Task<ShareTile> TileAsync(Movie movie, CancellationToken cancellationToken) =>
        new(movie.Id, movie.Title, await _posters.FetchAsync(MovieLinks.PosterUrl(movie.PosterPath), cancellationToken).ConfigureAwait(false));

    private async Task<ShareImage?> CachedAsync(string key, Func<Task<ShareCard>> build)
    {
        var version = _recommender.CurrentModel?.ModelVersion ?? "none";
        var cacheKey = version + "|" + key;
        if (_cache.TryGetValue(cacheKey, out ShareImage? cached) && cached is not null)
        {
            return cached;
        }

        var card = await build().ConfigureAwait(false);
        var image = new ShareImage(_renderer.Render(card), ShareImage.ETagFor(cacheKey));
        _cache.Set(cacheKey, image, new MemoryCacheEntryOptions { Size = image.Png.Length });
        return image;
    }
}
