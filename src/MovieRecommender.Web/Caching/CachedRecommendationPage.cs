using System.ComponentModel;
using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Web.Caching;

/// <summary>
/// A recommendation result as the page cache stores it: film ids instead of films. Entries are keyed by model
/// version, so every id resolves in the model that reads the entry back; pages stay small in Redis and the
/// film records are never copied per page.
/// </summary>
[ImmutableObject(true)]
public sealed record CachedRecommendationPage
{
    public RecommendationStatus Status { get; init; }
    public IReadOnlyList<int> SeedIds { get; init; } = [];
    public int Total { get; init; }
    public int Offset { get; init; }
    public bool IsShort { get; init; }
    public IReadOnlyList<CachedRecommendation> Items { get; init; } = [];
    public IReadOnlyList<CachedSuggestion> Suggestions { get; init; } = [];

    public static CachedRecommendationPage From(RecommendationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new CachedRecommendationPage
        {
            Status = result.Status,
            SeedIds = [.. result.Seeds.Select(m => m.Id)],
            Total = result.Total,
            Offset = result.Offset,
            IsShort = result.IsShort,
            Items = [.. result.Items.Select(i => new CachedRecommendation(
                i.Movie.Id, i.Similarity, [.. i.Explanation.Select(e => new CachedExplanation(e.Kind, e.Value, e.Weight))]))],
            Suggestions = [.. result.Suggestions.Select(s => new CachedSuggestion(s.Movie.Id, s.Score))],
        };
    }

    /// <summary>The result again, films looked up in <paramref name="recommender"/>; null when an id is not in the served model.</summary>
    public RecommendationResult? ToResult(IRecommenderService recommender)
    {
        ArgumentNullException.ThrowIfNull(recommender);
        var seeds = MoviesOf(recommender, SeedIds);
        var items = new List<Recommendation>(Items.Count);
        foreach (var item in Items)
        {
            if (recommender.GetMovie(item.Id) is not { } movie)
            {
                return null;
            }

            items.Add(new Recommendation(movie, item.Similarity, [.. item.Explanation.Select(e => new ExplanationItem(e.Kind, e.Value, e.Weight))]));
        }

        var suggestions = new List<TitleSuggestion>(Suggestions.Count);
        foreach (var suggestion in Suggestions)
        {
            if (recommender.GetMovie(suggestion.Id) is not { } movie)
            {
                return null;
            }

            suggestions.Add(new TitleSuggestion(movie, suggestion.Score));
        }

        return seeds is null ? null : new RecommendationResult
        {
            Status = Status,
            Seeds = seeds,
            Total = Total,
            Offset = Offset,
            IsShort = IsShort,
            Items = items,
            Suggestions = suggestions,
        };
    }

    internal static List<Core.Catalog.Movie>? MoviesOf(IRecommenderService recommender, IReadOnlyList<int> ids)
    {
        var movies = new List<Core.Catalog.Movie>(ids.Count);
        foreach (var id in ids)
        {
            if (recommender.GetMovie(id) is not { } movie)
            {
                return null;
            }

            movies.Add(movie);
        }

        return movies;
    }
}
