using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Recommendations.Search;

namespace MovieRecommender.Core.Recommendations;

/// <summary>Normalised director / cast name → films, most popular first.</summary>
internal sealed class PersonIndex
{
    private readonly HashedPostingIndex _directors;
    private readonly HashedPostingIndex _cast;

    private PersonIndex(HashedPostingIndex directors, HashedPostingIndex cast)
    {
        _directors = directors;
        _cast = cast;
    }

    public long ApproximateBytes => _directors.ApproximateBytes + _cast.ApproximateBytes;

    /// <param name="movies">The catalog.</param>
    /// <param name="order">Popularity order of the catalog.</param>
    /// <param name="keyHash">Hash of the names; the default unless a test forces collisions.</param>
    public static PersonIndex Build(IReadOnlyList<Movie> movies, PopularityOrder order, Func<string, ulong>? keyHash = null)
    {
        var directors = new HashedPostingIndex.Builder(order.RankOf, (movie, key) => Credits(movies[movie].Directors, key), keyHash);
        var cast = new HashedPostingIndex.Builder(order.RankOf, (movie, key) => Credits(movies[movie].Cast, key), keyHash);
        for (int i = 0; i < movies.Count; i++)
        {
            foreach (var name in movies[i].Directors)
            {
                directors.Add(TitleNormalizer.Normalize(name), i);
            }

            foreach (var name in movies[i].Cast)
            {
                cast.Add(TitleNormalizer.Normalize(name), i);
            }
        }

        return new PersonIndex(directors.Build(), cast.Build());
    }

    private static bool Credits(IEnumerable<string> names, string normalizedName) =>
        names.Any(name => string.Equals(TitleNormalizer.Normalize(name), normalizedName, StringComparison.Ordinal));

    public ReadOnlySpan<int> Find(string? name, PersonRole role)
    {
        string key = TitleNormalizer.Normalize(name);
        if (key.Length == 0)
        {
            return [];
        }

        return role == PersonRole.Director ? _directors[key] : _cast[key];
    }
}
