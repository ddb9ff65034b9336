using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Collaborative;

namespace MovieRecommender.Evaluation.Data;

/// <summary>
/// Every MovieLens rating of a catalog film, read with the product's own reader (links.csv → TMDB id → catalog
/// index), and the per-user liked films (rating ≥ 4) the protocol scores against.
/// </summary>
public sealed class MovieLensRatings
{
    private MovieLensRatings(IReadOnlyList<UserFilmRating> ratings) => Ratings = ratings;

    /// <summary>Ratings in file order.</summary>
    public IReadOnlyList<UserFilmRating> Ratings { get; }

    public static MovieLensRatings Read(string movieLensDirectory, IReadOnlyList<Movie> catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var indexById = new Dictionary<int, int>(catalog.Count);
        for (var i = 0; i < catalog.Count; i++)
        {
            indexById.TryAdd(catalog[i].Id, i);
        }

        var result = new MovieLensRatingsReader().ReadAsync(
            Path.Combine(movieLensDirectory, "ratings.csv"), Path.Combine(movieLensDirectory, "links.csv"), indexById).GetAwaiter().GetResult();
        return new MovieLensRatings(result.Ratings);
    }

    /// <summary>Ratings of the users <paramref name="include"/> accepts, in file order.</summary>
    public IReadOnlyList<UserFilmRating> Of(Func<long, bool> include) => [.. Ratings.Where(r => include(r.UserId))];

    /// <summary>userId → TMDB ids of the films the user liked, in file order, for the users <paramref name="include"/> accepts.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<int>> LikedTmdbIds(IReadOnlyList<Movie> catalog, Func<long, bool> include)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var likes = new SortedDictionary<int, List<int>>();
        foreach (var rating in Ratings)
        {
            if (rating.Rating < RatingScale.LikedAtLeast || !include(rating.UserId))
            {
                continue;
            }

            var user = (int)rating.UserId;
            if (!likes.TryGetValue(user, out var list))
            {
                list = [];
                likes[user] = list;
            }

            list.Add(catalog[rating.Film].Id);
        }

        return likes.ToDictionary(p => p.Key, p => (IReadOnlyList<int>)p.Value);
    }
}
