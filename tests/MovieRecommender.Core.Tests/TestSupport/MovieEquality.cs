using MovieRecommender.Core.Catalog;

namespace MovieRecommender.Core.Tests.TestSupport;

/// <summary>
/// Compares films field by field, lists and texts by content (records compare lists, and the UTF-8 buffers behind
/// Overview and Tagline, by reference).
/// </summary>
public sealed class MovieEquality : IEqualityComparer<Movie>
{
    public static MovieEquality Instance { get; } = new();

    public bool Equals(Movie? x, Movie? y) =>
        x is not null && y is not null
        && Blank(x) == Blank(y)
        && x.Overview == y.Overview && x.Tagline == y.Tagline
        && x.Genres.SequenceEqual(y.Genres) && x.Keywords.SequenceEqual(y.Keywords) && x.Directors.SequenceEqual(y.Directors)
        && x.Cast.SequenceEqual(y.Cast) && x.Companies.SequenceEqual(y.Companies) && x.Countries.SequenceEqual(y.Countries);

    public int GetHashCode(Movie obj) => obj.Id;

    private static Movie Blank(Movie movie) => movie with
    {
        Genres = [], Keywords = [], Directors = [], Cast = [], Companies = [], Countries = [], Overview = null, Tagline = null,
    };
}
