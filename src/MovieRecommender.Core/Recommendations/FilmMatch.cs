using MovieRecommender.Core.Catalog;

namespace MovieRecommender.Core.Recommendations;

/// <summary>The film an external entry matched, or why none did.</summary>
public sealed record FilmMatch(Movie? Movie, string? Reason)
{
    public static FilmMatch Found(Movie movie) => new(movie, null);

    public static FilmMatch NotFound(string reason) => new(null, reason);
}
