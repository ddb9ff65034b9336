using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Recommendations.Search;

namespace MovieRecommender.Core.Recommendations;

/// <summary>
/// The recommendation engine. All indexes for a model are built off to the side in <see cref="UseModel"/>
/// and published with one volatile write of an immutable <see cref="ServingState"/>; queries read that
/// reference once and never lock. Recommendation and top-rated pages are cached in a private size-limited
/// <see cref="MemoryCache"/> whose keys carry the model generation, so a swap can never serve stale results.
/// </summary>
public sealed class RecommenderService : IRecommenderService, IFilmMatcher, IDisposable
{
    public const int MaxPageSize = RecommendationRequest.MaxCount;

    /// <summary>
    /// Deepest offset of a recommendation page; the web layer rejects anything deeper with a 400 (the engine clamps as a
    /// last line of defence). Every uncached request ranks films down to this depth (see <see cref="MaxRankedPositions"/>),
    /// so the limit is also the cost of a request: 400 keeps a filtered request well under a millisecond.
    /// </summary>
    public const int MaxOffset = 400;

    /// <summary>
    /// Films ranked for every request (and the most <see cref="RecommendationResult.Total"/> can be): the deepest
    /// position any page can reach. The candidate pool is built to this size whatever the page asked, so the ranking
    /// and the total depend only on the seeds and the filters, and page N+1 continues page N exactly.
    /// </summary>
    public const int MaxRankedPositions = MaxOffset + MaxPageSize;

    public const int MaxSeeds = 50;

    /// <summary>MMR re-ranks the highest-ranked films up to this many; deeper positions would keep their relevance order.</summary>
    public const int MmrPoolSize = 500;
    private const int SimilarityDecimals = 6;

    private readonly RecommenderOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly MemoryCache _cache;
    private readonly MemoryCacheEntryOptions _entryOptions;

    // Serialises swaps only (queries never take it), so two concurrent loads publish in the order they started.
    private readonly Lock _swapLock = new();
    private volatile ServingState? _state;
    private volatile FilmMatchIndex? _matchIndex;
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
            _matchIndex = null;

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
        int count = Math.Clamp(request.Count, 1, MaxPageSize);
        int offset = Math.Clamp(request.Offset, 0, MaxOffset);
        double diversity = double.IsFinite(request.Diversity) ? Math.Clamp(request.Diversity, 0, 1) : 0;

        // Weighted or excluding requests are one person's profile: nobody else asks for them, so they skip the shared cache.
        if (!_options.CacheEnabled || request.SeedWeights is { Count: > 0 } || request.ExcludeIds is { Count: > 0 })
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

    public FilmMatch Match(string? imdbId, string? title, int? year)
    {
        ServingState state = RequireState();
        FilmMatchIndex? index = _matchIndex;
        if (index is null || index.Generation != state.Generation)
        {
            // Two first imports at once may both build it; the loser's copy is garbage, the result the same.
            index = new FilmMatchIndex(state.Movies, state.Generation);
            _matchIndex = index;
        }

        return index.Match(imdbId, title, year);
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

        double[] shares = SeedShares(state, request, seeds);
        Movie[] seedMovies = [.. seeds.Select(s => state.Movies[s])];
        var filter = state.CreateFilter(request.Filter, seedMovies);
        List<ScoredMovie> ranked = CandidatePool.Build(state, seeds, shares, filter, MaxRankedPositions, Excluded(state, request));
        int total = Math.Min(ranked.Count, MaxRankedPositions);
        int end = Math.Min(total, offset + count);

        if (diversity > 0 && total > 1)
        {
            ranked = Diversified(state, ranked, end, diversity);
        }

        var items = new List<Recommendation>(count);
        for (int i = offset; i < end; i++)
        {
            ScoredMovie scored = ranked[i];
            IReadOnlyList<SeedContribution> sources = SeedAttribution.Rank(state.Model, seeds, shares, scored.Movie);
            // Explain by the seeds that brought the film in (never by a disliked one), all positive seeds failing that.
            int[] explaining = sources.Count > 0
                ? [.. sources.Select(source => state.IndexOf(source.MovieId)!.Value)]
                : [.. seeds.Where((_, s) => shares[s] > 0)];
            items.Add(new Recommendation(state.Movies[scored.Movie], Math.Round(scored.Score, SimilarityDecimals),
                ExplanationBuilder.Explain(state.Model, explaining.Length > 0 ? explaining : seeds, scored.Movie))
            {
                Sources = sources,
            });
        }

        return new RecommendationResult
        {
            Status = RecommendationStatus.Ok,
            Seeds = seedMovies,
            Total = total,
            Offset = offset,
            Items = items,
            IsShort = items.Count < count,
        };
    }

    /// <summary>
    /// The first <paramref name="end"/> positions after MMR: the greedy picks from a pool of fixed size (the top
    /// <see cref="MmrPoolSize"/> films), then, past the pool, the remaining films in relevance order. Greedy picks
    /// from the same pool form the same sequence however many are taken, so deeper pages continue shallower ones.
    /// </summary>
    private static List<ScoredMovie> Diversified(ServingState state, List<ScoredMovie> ranked, int end, double diversity)
    {
        int poolSize = Math.Min(ranked.Count, MmrPoolSize);
        List<ScoredMovie> picked = MmrReranker.Rerank(state, ranked.GetRange(0, poolSize), Math.Min(end, poolSize), diversity);
        if (end > poolSize)
        {
            picked.AddRange(ranked.GetRange(poolSize, end - poolSize));
        }

        return picked;
    }

    /// <summary>
    /// Each seed's weight over the sum of absolute weights (weights pair with <see cref="RecommendationRequest.SeedIds"/>
    /// by position; a repeated id keeps its first weight). Equal shares when no or mismatched weights are given;
    /// non-finite weights count as zero.
    /// </summary>
    private static double[] SeedShares(ServingState state, RecommendationRequest request, int[] seeds)
    {
        var shares = new double[seeds.Length];
        IReadOnlyList<double> weights = request.SeedWeights ?? [];
        if (weights.Count == 0 || weights.Count != request.SeedIds.Count)
        {
            Array.Fill(shares, 1.0 / seeds.Length);
            return shares;
        }

        var weightById = new Dictionary<int, double>();
        for (int i = 0; i < weights.Count; i++)
        {
            weightById.TryAdd(request.SeedIds[i], double.IsFinite(weights[i]) ? weights[i] : 0);
        }

        double total = 0;
        for (int s = 0; s < seeds.Length; s++)
        {
            shares[s] = weightById.GetValueOrDefault(state.Movies[seeds[s]].Id);
            total += Math.Abs(shares[s]);
        }

        for (int s = 0; s < seeds.Length; s++)
        {
            shares[s] = total > 0 ? shares[s] / total : 1.0 / seeds.Length;
        }

        return shares;
    }

    private static HashSet<int>? Excluded(ServingState state, RecommendationRequest request)
    {
        if (request.ExcludeIds is not { Count: > 0 } ids)
        {
            return null;
        }

        var excluded = new HashSet<int>();
        foreach (int id in ids)
        {
            if (state.IndexOf(id) is int index)
            {
                excluded.Add(index);
            }
        }

        return excluded;
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
