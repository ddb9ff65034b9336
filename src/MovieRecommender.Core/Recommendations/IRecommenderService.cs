using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Model;

namespace MovieRecommender.Core.Recommendations;

/// <summary>
/// The engine behind every page and endpoint. One singleton; the model it serves can be swapped
/// atomically while requests run. Every query method throws <see cref="ModelNotReadyException"/>
/// until a model has been set. All methods are CPU-bound in-memory work, hence synchronous.
/// </summary>
public interface IRecommenderService
{
    bool IsReady { get; }

    LoadedModelInfo? CurrentModel { get; }

    /// <summary>Atomically replaces the served model (and invalidates cached results).</summary>
    void UseModel(RecommenderModel model, TimeSpan loadDuration);

    /// <summary>Autocomplete: prefix match on any title word, typo-tolerant, ranked by popularity.</summary>
    IReadOnlyList<SearchHit> Search(string query, int limit = 10);

    /// <summary>Exact (normalised, optional "(year)") match, else fuzzy did-you-mean candidates.</summary>
    TitleResolution Resolve(string title);

    Movie? GetMovie(int id);

    RecommendationResult Recommend(RecommendationRequest request);

    /// <summary>IMDb weighted rating with a minimum-votes prior.</summary>
    PagedResult<Movie> TopRated(MovieFilter filter, int offset, int limit);

    /// <summary>Films by a director or cast member, most popular first.</summary>
    PagedResult<Movie> ByPerson(string name, PersonRole role, int offset, int limit);

    CacheStatistics CacheStatistics { get; }
}
