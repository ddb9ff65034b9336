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
        var table = MovieTable.From(movies);
        var directors = new HashedPostingIndex.Builder(order.RankOf, (movie, key) => Credits(table.DirectorsAt(movie), key), keyHash);
        var cast = new HashedPostingIndex.Builder(order.RankOf, (movie, key) => Credits(table.CastAt(movie), key), keyHash);
        for (int i = 0; i < table.Count; i++)
        {
            foreach (var name in table.DirectorsAt(i))
            {
                directors.Add(TitleNormalizer.Normalize(name), i);
            }

            foreach (var name in table.CastAt(i))
            {
                cast.Add(TitleNormalizer.Normalize(name), i);
            }
        }

        return new PersonIndex(directors.Build(), cast.Build());
    }

    private static bool Credits(MovieNames names, string normalizedName)
    {
        foreach (var name in names)
        {
            if (string.Equals(TitleNormalizer.Normalize(name), normalizedName, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

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
