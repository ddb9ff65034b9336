using MovieRecommender.Core.Catalog;

namespace MovieRecommender.Core.Tests.TestSupport;

/// <summary>Compares films field by field, lists by content (records compare lists by reference).</summary>
public sealed class MovieEquality : IEqualityComparer<Movie>
{
    public static MovieEquality Instance { get; } = new();

    public bool Equals(Movie? x, Movie? y) =>
        x is not null && y is not null
        && x with { Genres = [], Keywords = [], Directors = [], Cast = [], Companies = [], Countries = [] }
            == y with { Genres = [], Keywords = [], Directors = [], Cast = [], Companies = [], Countries = [] }
        && x.Genres.SequenceEqual(y.Genres) && x.Keywords.SequenceEqual(y.Keywords) && x.Directors.SequenceEqual(y.Directors)
        && x.Cast.SequenceEqual(y.Cast) && x.Companies.SequenceEqual(y.Companies) && x.Countries.SequenceEqual(y.Countries);

    public int GetHashCode(Movie obj) => obj.Id;
}
