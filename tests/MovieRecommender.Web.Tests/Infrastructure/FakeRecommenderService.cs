using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Web.Tests.Infrastructure;

/// <summary>Canned engine: predictable results over <see cref="TestMovies"/>, readiness settable by tests.</summary>
public sealed class FakeRecommenderService : IRecommenderService, IFilmMatcher, IProfileRecommender
{
    /// <summary>Titles that make <see cref="Recommend"/> throw, to exercise the error handling.</summary>
    public const string ArgumentFaultTitle = "fault-argument";
    public const string BugFaultTitle = "fault-bug";
    public const string NotReadyFaultTitle = "fault-not-ready";

    public bool IsReady { get; set; } = true;

    public LoadedModelInfo? CurrentModel => IsReady ? new LoadedModelInfo("test-v1", TestMovies.All.Count, DateTimeOffset.UnixEpoch, TimeSpan.FromSeconds(1), 1024) : null;

    public CacheStatistics CacheStatistics => new(3, 1, 2);

    public RecommendationRequest? LastRequest { get; private set; }

    /// <summary>Whether the fake serves a model trained with ratings (then "For you" asks it for the profile's hybrid list).</summary>
    public bool ServesHybrid { get; set; }

    public ProfileRecommendationRequest? LastProfileRequest { get; private set; }

    public void UseModel(RecommenderModel model, TimeSpan loadDuration) => IsReady = true;

    public IReadOnlyList<SearchHit> Search(string query, int limit = 10)
    {
        EnsureReady();
        return [.. TestMovies.All.Where(m => m.Title.Contains(query, StringComparison.OrdinalIgnoreCase)).Take(limit).Select(m => new SearchHit(m, 0.9))];
    }

    public TitleResolution Resolve(string title)
    {
        EnsureReady();
        var movie = TestMovies.All.FirstOrDefault(m => string.Equals(m.Title, StripYear(title), StringComparison.OrdinalIgnoreCase));
        return new TitleResolution(movie, movie is null ? [new TitleSuggestion(TestMovies.Heat, 80)] : []);
    }

    public Movie? GetMovie(int id)
    {
        EnsureReady();
        return TestMovies.All.FirstOrDefault(m => m.Id == id);
    }

    public RecommendationResult Recommend(RecommendationRequest request)
    {
        EnsureReady();
        LastRequest = request;
        switch (request.Title)
        {
            case ArgumentFaultTitle:
                throw new ArgumentOutOfRangeException(nameof(request), "engine rejected the request");
            case BugFaultTitle:
                throw new InvalidOperationException("simulated engine bug");
            case NotReadyFaultTitle:
                throw new ModelNotReadyException();
        }

        IReadOnlyList<Movie> seeds = request.SeedIds.Count > 0
            ? [.. request.SeedIds.Select(GetMovie).OfType<Movie>()]
            : Resolve(request.Title ?? string.Empty).Movie is { } m ? [m] : [];
        if (seeds.Count == 0 || (request.SeedIds.Count > 0 && seeds.Count != request.SeedIds.Count))
        {
            return RecommendationResult.NotFound([new TitleSuggestion(TestMovies.Heat, 80), new TitleSuggestion(TestMovies.Collateral, 60)]);
        }

        // Asked for the hybrid, the fake answers as a model trained with ratings would: collaborative evidence first.
        bool hybrid = request.Algorithm == RecommendationAlgorithm.Hybrid;
        ExplanationItem[] content = [new ExplanationItem(TermKind.Director, "Michael Mann", 0.5), new ExplanationItem(TermKind.Keyword, "vigilante", 0.2)];
        IReadOnlyList<ExplanationItem> explanation = hybrid ? [new ExplanationItem(TermKind.CoLiked, seeds[0].Title, 0.31), .. content] : content;
        var others = TestMovies.All.Where(x => !seeds.Contains(x)).ToList();
        var items = others.Skip(request.Offset).Take(request.Count)
            .Select((x, i) => new Recommendation(x, 0.9 - (i * 0.1), explanation))
            .ToList();
        return new RecommendationResult
        {
            Status = RecommendationStatus.Ok, Seeds = seeds, Total = others.Count, Offset = request.Offset, Items = items,
            Algorithm = hybrid ? RecommendationAlgorithm.Hybrid : RecommendationAlgorithm.Content,
        };
    }

    /// <summary>As a hybrid model would answer: films neither rated nor excluded, each brought in by the best-rated film.</summary>
    public RecommendationResult RecommendForProfile(ProfileRecommendationRequest request)
    {
        EnsureReady();
        LastProfileRequest = request;
        var rated = request.Ratings.Select(r => r.MovieId).ToHashSet();
        var others = TestMovies.All.Where(m => !rated.Contains(m.Id) && !request.ExcludeIds.Contains(m.Id)).ToList();
        var source = request.Ratings.Count > 0 ? GetMovie(request.Ratings.MaxBy(r => r.Rating).MovieId) : null;
        var items = others.Skip(request.Offset).Take(request.Count)
            .Select((x, i) => new Recommendation(x, 0.9 - (i * 0.1), [])
            {
                Sources = source is null ? [] : [new SeedContribution(source.Id, 0.4)],
            })
            .ToList();
        return new RecommendationResult
        {
            Status = RecommendationStatus.Ok, Total = others.Count, Offset = request.Offset, Items = items,
            Algorithm = ServesHybrid && source is not null ? RecommendationAlgorithm.Hybrid : RecommendationAlgorithm.Content,
        };
    }

    public PagedResult<Movie> TopRated(MovieFilter filter, int offset, int limit)
    {
        EnsureReady();
        var ordered = TestMovies.All.OrderByDescending(m => m.VoteAverage).ToList();
        return new PagedResult<Movie>([.. ordered.Skip(offset).Take(limit)], ordered.Count, offset);
    }

    public PagedResult<Movie> ByPerson(string name, PersonRole role, int offset, int limit)
    {
        EnsureReady();
        var films = TestMovies.All.Where(m => (role == PersonRole.Director ? m.Directors : m.Cast).Contains(name)).ToList();
        return new PagedResult<Movie>([.. films.Skip(offset).Take(limit)], films.Count, offset);
    }

    /// <summary>Exact IMDb id, else exact title (case-insensitive) with the year within ±1.</summary>
    public FilmMatch Match(string? imdbId, string? title, int? year)
    {
        EnsureReady();
        var movie = TestMovies.All.FirstOrDefault(m => imdbId is not null && string.Equals(m.ImdbId, imdbId, StringComparison.OrdinalIgnoreCase))
            ?? TestMovies.All.FirstOrDefault(m => string.Equals(m.Title, title, StringComparison.OrdinalIgnoreCase)
                && (year is null || (m.Year is int y && Math.Abs(y - year.Value) <= 1)));
        return movie is null ? FilmMatch.NotFound(FilmMatchFailure.NoSuchTitle, "no film with this title in the catalog") : FilmMatch.Found(movie);
    }

    private void EnsureReady()
    {
        if (!IsReady)
        {
            throw new ModelNotReadyException();
        }
    }

    private static string StripYear(string title)
    {
        var open = title.LastIndexOf(" (", StringComparison.Ordinal);
        return open > 0 && title.EndsWith(')') ? title[..open] : title.Trim();
    }
}
