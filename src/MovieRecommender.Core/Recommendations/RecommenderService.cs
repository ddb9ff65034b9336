using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Collaborative;
using MovieRecommender.Core.Hybrid;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Recommendations.Search;

namespace MovieRecommender.Core.Recommendations;

/// <summary>
/// The recommendation engine. All indexes for a model are built off to the side in <see cref="UseModel"/>
/// and published with one volatile write of an immutable <see cref="ServingState"/>; queries read that
/// reference once and never lock. Recommendation and top-rated pages are cached in a private size-limited
/// <see cref="MemoryCache"/> whose keys carry the model generation, so a swap can never serve stale results.
/// </summary>
public sealed class RecommenderService : IRecommenderService, IProfileRecommender, IDisposable
{
    public const int MaxPageSize = 100;

    // Deepest position a client may page to; bounds the candidate pool and MMR work per request.
    public const int MaxOffset = 1_000;

    public const int MaxSeeds = 50;

    /// <summary>Most rated films of a profile used as seeds (highest rated first).</summary>
    public const int MaxProfileSeeds = 50;

    // MMR re-ranks at most this many of the most relevant candidates, and at least this many times the page.
    private const int MaxMmrPool = 500;
    private const int MmrPoolFactor = 3;
    private const int SimilarityDecimals = 6;
    private const int ExplanationWeightDecimals = 4;

    private readonly RecommenderOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly MemoryCache _cache;
    private readonly MemoryCacheEntryOptions _entryOptions;

    // Serialises swaps only (queries never take it), so two concurrent loads publish in the order they started.
    private readonly Lock _swapLock = new();
    private volatile ServingState? _state;
    private long _generation;
    private long _hits;
    private long _misses;

    public RecommenderService(IOptions<RecommenderOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _options = options.Value;
        IReadOnlyList<string> errors = _options.GetValidationErrors();
        if (errors.Count > 0)
        {
            throw new OptionsValidationException(nameof(RecommenderOptions), typeof(RecommenderOptions), errors);
        }

        _timeProvider = timeProvider;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = _options.CacheSizeLimit });
        _entryOptions = new MemoryCacheEntryOptions
        {
            Size = 1,
            SlidingExpiration = _options.CacheSlidingExpiration,
            AbsoluteExpirationRelativeToNow = _options.CacheAbsoluteExpiration,
        };
    }

    public bool IsReady => _state is not null;

    public LoadedModelInfo? CurrentModel => _state?.Info;

    /// <summary>The model being served (null before the first load), e.g. for a retrain that keeps its content part.</summary>
    public RecommenderModel? ServedModel => _state?.Model;

    public CacheStatistics CacheStatistics =>
        new(Interlocked.Read(ref _hits), Interlocked.Read(ref _misses), _cache.Count);

    public void UseModel(RecommenderModel model, TimeSpan loadDuration)
    {
        ArgumentNullException.ThrowIfNull(model);
        lock (_swapLock)
        {
            var state = ServingState.Build(model, _generation + 1, _timeProvider.GetUtcNow(), loadDuration, _options);
            _generation++;
            _state = state;

            // Old keys can no longer match (new generation); compacting just frees their memory now.
            _cache.Compact(1.0);
        }
    }

    public IReadOnlyList<SearchHit> Search(string query, int limit = TitleSearchIndex.DefaultLimit) =>
        RequireState().Titles.Search(query, limit);

    public TitleResolution Resolve(string title) => RequireState().Resolver.Resolve(title);

    public Movie? GetMovie(int id)
    {
        ServingState state = RequireState();
        return state.IndexOf(id) is int index ? state.Movies[index] : null;
    }

    public RecommendationResult Recommend(RecommendationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ServingState state = RequireState();
        int count = Math.Clamp(request.Count, 1, RecommendationRequest.MaxCount);
        int offset = Math.Clamp(request.Offset, 0, MaxOffset);
        double diversity = double.IsFinite(request.Diversity) ? Math.Clamp(request.Diversity, 0, 1) : 0;

        if (!_options.CacheEnabled)
        {
            return Compute(state, request, count, offset, diversity);
        }

        string key = RecommendationCacheKey.ForRecommend(GenerationScope(state), request, count, offset, diversity);
        if (_cache.TryGetValue(key, out RecommendationResult? cached) && cached is not null)
        {
            Interlocked.Increment(ref _hits);
            return cached;
        }

        Interlocked.Increment(ref _misses);
        RecommendationResult result = Compute(state, request, count, offset, diversity);
        _cache.Set(key, result, _entryOptions);
        return result;
    }

    public RecommendationResult RecommendForProfile(ProfileRecommendationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ServingState state = RequireState();
        int count = Math.Clamp(request.Count, 1, RecommendationRequest.MaxCount);
        int offset = Math.Clamp(request.Offset, 0, MaxOffset);
        double diversity = double.IsFinite(request.Diversity) ? Math.Clamp(request.Diversity, 0, 1) : 0;

        // Personal lists are not cached: every profile differs, and a rating change must show at once.
        var rated = new List<HybridSeed>();
        var seen = new HashSet<int>();
        foreach (var rating in request.Ratings)
        {
            if (state.IndexOf(rating.MovieId) is int film && RatingScale.IsValid(rating.Rating) && seen.Add(film))
            {
                rated.Add(new HybridSeed(film, rating.Rating));
            }
        }

        HybridSeed[] seeds = [.. rated.OrderByDescending(r => r.Rating).Take(MaxProfileSeeds)];
        if (seeds.Length == 0)
        {
            return new RecommendationResult { Status = RecommendationStatus.Ok, Offset = offset, IsShort = true };
        }

        // Similarity has no use for dislikes: the liked films (all rated ones if none is liked) are the seeds, while
        // ALS folds in every rating (implicit feedback: having watched a film says something even when disliked).
        HybridSeed[] liked = HybridSeed.LikedOrAll(seeds);
        int[] contentSeeds = [.. liked.Select(s => s.Film)];
        Movie[] seedMovies = [.. liked.Select(s => state.Movies[s.Film])];
        var filter = state.CreateFilter(request.Filter, seedMovies);
        IReadOnlySet<int> excluded = request.HideSeen ? seen : NoExclusions;
        var ranking = Rank(state, request.Algorithm, contentSeeds, liked, seeds, isProfile: true, filter, offset + count, excluded);
        return Page(state, contentSeeds, seedMovies, ranking, count, offset, diversity);
    }

    public PagedResult<Movie> TopRated(MovieFilter filter, int offset, int limit)
    {
        ServingState state = RequireState();
        MovieFilter safeFilter = filter ?? MovieFilter.None;
        int boundedOffset = Math.Max(0, offset);
        int boundedLimit = Math.Clamp(limit, 1, MaxPageSize);
        if (!_options.CacheEnabled)
        {
            return state.TopRated.Page(state.Movies, state.CreateFilter(safeFilter, []), boundedOffset, boundedLimit);
        }

        string key = RecommendationCacheKey.ForTopRated(GenerationScope(state), safeFilter, boundedOffset, boundedLimit);
        if (_cache.TryGetValue(key, out PagedResult<Movie>? cached) && cached is not null)
        {
            Interlocked.Increment(ref _hits);
            return cached;
        }

        Interlocked.Increment(ref _misses);
        var page = state.TopRated.Page(state.Movies, state.CreateFilter(safeFilter, []), boundedOffset, boundedLimit);
        _cache.Set(key, page, _entryOptions);
        return page;
    }

    public PagedResult<Movie> ByPerson(string name, PersonRole role, int offset, int limit)
    {
        ServingState state = RequireState();
        int boundedOffset = Math.Max(0, offset);
        int boundedLimit = Math.Clamp(limit, 1, MaxPageSize);
        ReadOnlySpan<int> films = state.People.Find(name, role);
        var items = new List<Movie>(Math.Max(0, Math.Min(boundedLimit, films.Length - boundedOffset)));
        for (int i = boundedOffset; i < films.Length && items.Count < boundedLimit; i++)
        {
            items.Add(state.Movies[films[i]]);
        }

        return new PagedResult<Movie>(items, films.Length, boundedOffset);
    }

    public void Dispose() => _cache.Dispose();

    private static string GenerationScope(ServingState state) => state.Generation.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private ServingState RequireState() => _state ?? throw new ModelNotReadyException();

    private static RecommendationResult Compute(ServingState state, RecommendationRequest request, int count, int offset,
        double diversity)
    {
        int[]? seeds = ResolveSeeds(state, request, out IReadOnlyList<TitleSuggestion> suggestions);
        if (seeds is null)
        {
            return RecommendationResult.NotFound(suggestions);
        }

        Movie[] seedMovies = [.. seeds.Select(s => state.Movies[s])];
        var filter = state.CreateFilter(request.Filter, seedMovies);
        HybridSeed[] hybridSeeds = [.. seeds.Select(s => new HybridSeed(s, HybridSeed.LikedRating))];
        var ranking = Rank(state, request.Algorithm, seeds, hybridSeeds, hybridSeeds, isProfile: false, filter, offset + count, NoExclusions);
        return Page(state, seeds, seedMovies, ranking, count, offset, diversity);
    }

    private static readonly IReadOnlySet<int> NoExclusions = new HashSet<int>();

    /// <summary>
    /// The hybrid when it is asked for (or by default), the model has it and some seed has ratings; otherwise content
    /// similarity over <paramref name="contentSeeds"/>. Cold-start seeds thus always get their content neighbours.
    /// </summary>
    private static (HybridRanking Ranking, RecommendationAlgorithm Algorithm) Rank(ServingState state, RecommendationAlgorithm? algorithm,
        int[] contentSeeds, IReadOnlyList<HybridSeed> hybridSeeds, IReadOnlyList<HybridSeed> foldIn, bool isProfile, MovieFilterMatcher filter,
        int needed, IReadOnlySet<int> excluded)
    {
        if (algorithm != RecommendationAlgorithm.Content && state.Hybrid is { } hybrid && state.Model.Ranker is { } ranker
            && foldIn.Any(s => hybrid.HasEvidence(s.Film)))
        {
            double discount = isProfile ? hybrid.Options.ProfilePopularityDiscount : hybrid.Options.SeedPopularityDiscount;
            return (HybridCandidatePool.Build(state, hybrid, ranker, hybridSeeds, foldIn, discount, filter, needed, excluded), RecommendationAlgorithm.Hybrid);
        }

        var ranked = CandidatePool.Build(state, contentSeeds, filter, needed + excluded.Count);
        if (excluded.Count > 0)
        {
            ranked.RemoveAll(r => excluded.Contains(r.Movie));
        }

        return (new HybridRanking(ranked, []), RecommendationAlgorithm.Content);
    }

    private static RecommendationResult Page(ServingState state, int[] seeds, IReadOnlyList<Movie> seedMovies,
        (HybridRanking Ranking, RecommendationAlgorithm Algorithm) ranking, int count, int offset, double diversity)
    {
        List<ScoredMovie> ranked = ranking.Ranking.Ranked;
        int total = ranked.Count;
        int needed = offset + count;
        if (diversity > 0 && ranked.Count > 1)
        {
            int poolSize = Math.Min(ranked.Count, Math.Max(needed, Math.Min(MaxMmrPool, needed * MmrPoolFactor)));
            double prior = ranking.Algorithm == RecommendationAlgorithm.Hybrid ? 0 : state.PopularityPrior;
            ranked = MmrReranker.Rerank(state, ranked.GetRange(0, poolSize), needed, diversity, prior);
        }

        var items = new List<Recommendation>(count);
        for (int i = offset; i < Math.Min(ranked.Count, needed); i++)
        {
            ScoredMovie scored = ranked[i];
            items.Add(new Recommendation(state.Movies[scored.Movie], Math.Round(scored.Score, SimilarityDecimals),
                Explain(state, seeds, scored.Movie, ranking.Ranking.CoLiked)));
        }

        return new RecommendationResult
        {
            Status = RecommendationStatus.Ok,
            Seeds = seedMovies,
            Total = total,
            Offset = offset,
            Items = items,
            IsShort = items.Count < count,
            Algorithm = ranking.Algorithm,
        };
    }

    // Collaborative evidence leads ("people who liked Heat also liked…"), then the shared content features.
    private static IReadOnlyList<ExplanationItem> Explain(ServingState state, int[] seeds, int movie,
        Dictionary<int, (int Seed, float Similarity)> coLiked)
    {
        IReadOnlyList<ExplanationItem> content = ExplanationBuilder.Explain(state.Model, seeds, movie);
        if (!coLiked.TryGetValue(movie, out var evidence))
        {
            return content;
        }

        var item = new ExplanationItem(TermKind.CoLiked, state.Movies[evidence.Seed].Title, Math.Round(evidence.Similarity, ExplanationWeightDecimals));
        return [item, .. content];
    }

    /// <summary>Dense indices of the seeds, or null (with did-you-mean candidates) when one does not resolve.</summary>
    private static int[]? ResolveSeeds(ServingState state, RecommendationRequest request,
        out IReadOnlyList<TitleSuggestion> suggestions)
    {
        suggestions = [];
        if (request.SeedIds is { Count: > 0 } ids)
        {
            var seeds = new List<int>(Math.Min(ids.Count, MaxSeeds));
            foreach (int id in ids.Distinct().Take(MaxSeeds))
            {
                if (state.IndexOf(id) is not int index)
                {
                    return null;
                }

                seeds.Add(index);
            }

            return [.. seeds];
        }

        if (string.IsNullOrWhiteSpace(request.Title))
        {
            return null;
        }

        TitleResolution resolution = state.Resolver.Resolve(request.Title);
        suggestions = resolution.Suggestions;
        return resolution.Movie is { } movie && state.IndexOf(movie.Id) is int found ? [found] : null;
    }
}
