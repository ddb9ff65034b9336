namespace MovieRecommender.Core.Tests.DemoCatalog;

/// <summary>The facts of one film that the consistency checks compare, read from a TMDB 5000 style file pair.</summary>
public sealed record CatalogFilm(
    int Id,
    string Title,
    string ReleaseDate,
    string Overview,
    IReadOnlyList<string> Genres,
    IReadOnlySet<string> Directors)
{
    /// <summary>The release year, or null when the date is missing or malformed.</summary>
    public int? ReleaseYear =>
        ReleaseDate.Length >= 4 && int.TryParse(ReleaseDate.AsSpan(0, 4), out var year) ? year : null;
}
