using System.ComponentModel;
using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Web.Caching;

/// <summary>A page of films (top-rated) as the page cache stores it: ids, total and offset.</summary>
[ImmutableObject(true)]
public sealed record CachedMoviePage(IReadOnlyList<int> Ids, int Total, int Offset)
{
    public static CachedMoviePage From(PagedResult<Movie> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new CachedMoviePage([.. page.Items.Select(m => m.Id)], page.Total, page.Offset);
    }

    /// <summary>The page again, films looked up in <paramref name="recommender"/>; null when an id is not in the served model.</summary>
    public PagedResult<Movie>? ToResult(IRecommenderService recommender) =>
        CachedRecommendationPage.MoviesOf(recommender, Ids) is { } movies ? new PagedResult<Movie>(movies, Total, Offset) : null;
}
