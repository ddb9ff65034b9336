using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.ObjectPool;
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
public sealed class RecommenderService : IRecommenderService, IProfileRecommender, IFilmMatcher, IDisposable
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

    /// <summary>Most rated films of a profile used as seeds (highest rated first).</summary>
    public const int MaxProfileSeeds = 50;

    /// <summary>MMR re-ranks the highest-ranked films up to this many; deeper positions would keep their relevance order.</summary>
    public const int MmrPoolSize = 500;
    private const int SimilarityDecimals = 6;
    private const int ExplanationWeightDecimals = 4;

    private readonly RecommenderOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly MemoryCache _cache;
    private readonly MemoryCacheEntryOptions _entryOptions;

    // Ranking scratch kept for reuse: one per request in flight, allocated on first need. More than the pool's default
    // (2 per core), since a request that finds the pool empty allocates catalog-sized arrays (12 MB at 1M films).
    private static readonly int ScratchRetained = Environment.ProcessorCount * 4;

    // Thread-safe; a scratch is used by one request at a time and returned in finally.
    private readonly ObjectPool<RecommendationScratch> _scratch =
        new DefaultObjectPool<RecommendationScratch>(new DefaultPooledObjectPolicy<RecommendationScratch>(), ScratchRetained);

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

    /// <summary>The model being served (null before the first load), e.g. for a retrain that keeps its content part.</summary>
    public RecommenderModel? ServedModel => _state?.Model;

    public bool ServesHybrid => _state is { Hybrid: not null, Model.Ranker: not null };

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
        double prior = request.PopularityPrior is { } asked && double.IsFinite(asked) ? Math.Clamp(asked, 0, 1) : state.PopularityPrior;

        // Weighted or excluding requests are one person's profile: nobody else asks for them, so they skip the shared cache.
        if (!_options.CacheEnabled || request.SeedWeights is { Count: > 0 } || request.ExcludeIds is { Count: > 0 })
        {
            return Compute(state, request, count, offset, diversity, prior);
        }

        string key = RecommendationCacheKey.ForRecommend(GenerationScope(state), request, count, offset, diversity);
        if (_cache.TryGetValue(key, out RecommendationResult? cached) && cached is not null)
        {
            Interlocked.Increment(ref _hits);
            return cached;
        }

        Interlocked.Increment(ref _misses);
        RecommendationResult result = Compute(state, request, count, offset, diversity, prior);
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
        var excluded = new HashSet<int>(request.HideSeen ? seen : []);
        foreach (int id in request.ExcludeIds ?? [])
        {
            if (state.IndexOf(id) is int film)
            {
                excluded.Add(film);
            }
        }

        double[] shares = [.. contentSeeds.Select(_ => 1.0 / contentSeeds.Length)];
        RecommendationScratch scratch = _scratch.Get();
        try
        {
            var ranking = Rank(state, scratch, request.Algorithm, contentSeeds, shares, liked, seeds, isProfile: true, filter,
                MaxRankedPositions, excluded, state.PopularityPrior);
            return Page(state, contentSeeds, shares, seedMovies, ranking, count, offset, diversity, state.PopularityPrior);
        }
        finally
        {
            _scratch.Return(scratch);
        }
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

    private RecommendationResult Compute(ServingState state, RecommendationRequest request, int count, int offset,
        double diversity, double prior)
    {
        RecommendationScratch scratch = _scratch.Get();
        try
        {
            return Compute(state, scratch, request, count, offset, diversity, prior);
        }
        finally
        {
            _scratch.Return(scratch);
        }
    }

    private static RecommendationResult Compute(ServingState state, RecommendationScratch scratch, RecommendationRequest request,
        int count, int offset, double diversity, double prior)
    {
        int[]? seeds = ResolveSeeds(state, request, out IReadOnlyList<TitleSuggestion> suggestions);
        if (seeds is null)
        {
            return RecommendationResult.NotFound(suggestions);
        }

        double[] shares = SeedShares(state, request, seeds);
        Movie[] seedMovies = [.. seeds.Select(s => state.Movies[s])];
        var filter = state.CreateFilter(request.Filter, seedMovies);
        // The hybrid takes the positively weighted seeds as liked films; a seed weighted against only steers content.
        HybridSeed[] hybridSeeds = [.. seeds.Where((_, s) => shares[s] > 0).Select(s => new HybridSeed(s, HybridSeed.LikedRating))];
        var ranking = Rank(state, scratch, request.Algorithm, seeds, shares, hybridSeeds, hybridSeeds, isProfile: false, filter,
            MaxRankedPositions, Excluded(state, request) ?? NoExclusions, prior);
        return Page(state, seeds, shares, seedMovies, ranking, count, offset, diversity, prior);
    }

    private static readonly IReadOnlySet<int> NoExclusions = System.Collections.Frozen.FrozenSet<int>.Empty;

    /// <summary>
    /// The hybrid when it is asked for (or by default), the model has it and some seed has ratings; otherwise content
    /// similarity over <paramref name="contentSeeds"/>. Cold-start seeds thus always get their content neighbours.
    /// </summary>
    private static (HybridRanking Ranking, RecommendationAlgorithm Algorithm) Rank(ServingState state, RecommendationScratch scratch,
        RecommendationAlgorithm? algorithm,
        int[] contentSeeds, double[] shares, HybridSeed[] hybridSeeds, IReadOnlyList<HybridSeed> foldIn, bool isProfile,
        MovieFilterMatcher filter, int needed, IReadOnlySet<int> excluded, double prior)
    {
        if (algorithm != RecommendationAlgorithm.Content && state.Hybrid is { } hybrid && state.Model.Ranker is { } ranker
            && hybridSeeds.Length > 0 && foldIn.Any(s => hybrid.HasEvidence(s.Film)))
        {
            double discount = isProfile ? hybrid.Options.ProfilePopularityDiscount : hybrid.Options.SeedPopularityDiscount;
            var ranking = HybridCandidatePool.Build(state, scratch, hybrid, ranker, hybridSeeds, foldIn, discount, filter, needed, excluded);
            if (isProfile && hybrid.Options.ProfileContentShare > 0)
            {
                var content = CandidatePool.Build(state, scratch, scratch.Secondary, contentSeeds, shares, filter, needed, prior, excluded);
                ranking = ranking with
                {
                    Ranked = ProfileDiscovery.Merge(ranking.Ranked, content, hybrid.Options.ProfileContentShare, ranking.Ranked.Count + content.Count),
                };
            }

            return (ranking, RecommendationAlgorithm.Hybrid);
        }

        // The ranked list is the scratch's: Page copies what it shows before the scratch goes back to the pool.
        var ranked = CandidatePool.Build(state, scratch, scratch.Ranked, contentSeeds, shares, filter, needed, prior, excluded);
        return (new HybridRanking(ranked, HybridRanking.NoEvidence), RecommendationAlgorithm.Content);
    }

    private static RecommendationResult Page(ServingState state, int[] seeds, double[] shares, IReadOnlyList<Movie> seedMovies,
        (HybridRanking Ranking, RecommendationAlgorithm Algorithm) ranking, int count, int offset, double diversity, double prior)
    {
        List<ScoredMovie> ranked = ranking.Ranking.Ranked;
        int total = Math.Min(ranked.Count, MaxRankedPositions);
        int end = Math.Min(total, offset + count);
        if (diversity > 0 && total > 1)
        {
            // Hybrid scores already weigh popularity; the content ranking's prior is added back for MMR's relevance.
            double relevancePrior = ranking.Algorithm == RecommendationAlgorithm.Hybrid ? 0 : prior;
            ranked = Diversified(state, ranked, end, diversity, relevancePrior);
        }

        var items = new List<Recommendation>(Math.Max(0, end - offset));
        // A film is explained by at most all seeds or its (at most MaxSources) sources; seeds are capped at MaxSeeds.
        Span<int> explaining = stackalloc int[Math.Max(seeds.Length, SeedAttribution.MaxSources)];
        for (int i = offset; i < end; i++)
        {
            ScoredMovie scored = ranked[i];
            (int Seed, float Similarity)? coLiked = ranking.Ranking.CoLiked.TryGetValue(scored.Movie, out var evidence) ? evidence : null;
            IReadOnlyList<SeedContribution> sources = Sources(state, seeds, shares, scored.Movie, coLiked);
            items.Add(new Recommendation(state.Movies[scored.Movie], Math.Round(scored.Score, SimilarityDecimals),
                Explain(state, ExplainingSeeds(state, seeds, shares, sources, explaining), scored.Movie, coLiked))
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
            Algorithm = ranking.Algorithm,
        };
    }

    /// <summary>
    /// The seeds to explain a film by: those that brought it in (never a disliked one), all positively weighted seeds
    /// failing that, and all seeds when none is positive. Written into <paramref name="buffer"/> (one slot per seed).
    /// </summary>
    private static ReadOnlySpan<int> ExplainingSeeds(ServingState state, int[] seeds, double[] shares,
        IReadOnlyList<SeedContribution> sources, Span<int> buffer)
    {
        int count = 0;
        if (sources.Count > 0)
        {
            for (int i = 0; i < sources.Count; i++)
            {
                buffer[count++] = state.IndexOf(sources[i].MovieId)!.Value;
            }

            return buffer[..count];
        }

        for (int s = 0; s < seeds.Length; s++)
        {
            if (shares[s] > 0)
            {
                buffer[count++] = seeds[s];
            }
        }

        return count > 0 ? buffer[..count] : seeds;
    }

    // Collaborative evidence leads ("people who liked Heat also liked…"), then the shared content features.
    private static IReadOnlyList<ExplanationItem> Explain(ServingState state, ReadOnlySpan<int> seeds, int movie,
        (int Seed, float Similarity)? coLiked)
    {
        IReadOnlyList<ExplanationItem> content = ExplanationBuilder.Explain(state.Model, seeds, movie);
        if (coLiked is not { } evidence)
        {
            return content;
        }

        var item = new ExplanationItem(TermKind.CoLiked, state.Model.Table.TitleAt(evidence.Seed), Math.Round(evidence.Similarity, ExplanationWeightDecimals));
        return [item, .. content];
    }

    /// <summary>
    /// The seeds that brought a film in: the seed whose fans liked it most first when the hybrid found one (its
    /// item-item similarity as the contribution), then the content attribution.
    /// </summary>
    private static IReadOnlyList<SeedContribution> Sources(ServingState state, int[] seeds, double[] shares, int movie,
        (int Seed, float Similarity)? coLiked)
    {
        IReadOnlyList<SeedContribution> content = SeedAttribution.Rank(state.Model, seeds, shares, movie);
        if (coLiked is not { } evidence)
        {
            return content;
        }

        int seedId = state.Model.Table.IdAt(evidence.Seed);
        return [new SeedContribution(seedId, Math.Round(evidence.Similarity, ExplanationWeightDecimals)),
            .. content.Where(c => c.MovieId != seedId).Take(SeedAttribution.MaxSources - 1)];
    }

    /// <summary>
    /// The first <paramref name="end"/> positions after MMR: the greedy picks from a pool of fixed size (the top
    /// <see cref="MmrPoolSize"/> films), then, past the pool, the remaining films in relevance order. Greedy picks
    /// from the same pool form the same sequence however many are taken, so deeper pages continue shallower ones.
    /// </summary>
    private static List<ScoredMovie> Diversified(ServingState state, List<ScoredMovie> ranked, int end, double diversity, double prior)
    {
        int poolSize = Math.Min(ranked.Count, MmrPoolSize);
        List<ScoredMovie> picked = MmrReranker.Rerank(state, ranked.GetRange(0, poolSize), Math.Min(end, poolSize), diversity, prior);
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
            shares[s] = weightById.GetValueOrDefault(state.Model.Table.IdAt(seeds[s]));
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
