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

    public static PersonIndex Build(IReadOnlyList<Movie> movies, PopularityOrder order)
    {
        var directors = new HashedPostingIndex.Builder(order.RankOf);
        var cast = new HashedPostingIndex.Builder(order.RankOf);
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
