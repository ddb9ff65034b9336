using System.Text.RegularExpressions;

namespace MovieRecommender.Web.Presentation;

/// <summary>Outbound URLs for a film. Values from the catalog are checked first so a bad row cannot inject a URL.</summary>
public static partial class MovieLinks
{
    public const string PosterBaseUrl = "https://image.tmdb.org/t/p/w342";
    public const string ImdbBaseUrl = "https://www.imdb.com/title/";
    public const string WebSearchBaseUrl = "https://duckduckgo.com/?q=";

    public static string? PosterUrl(string? posterPath) =>
        posterPath is not null && PosterPathPattern().IsMatch(posterPath) ? PosterBaseUrl + posterPath : null;

    public static string? ImdbUrl(string? imdbId) =>
        imdbId is not null && ImdbIdPattern().IsMatch(imdbId) ? $"{ImdbBaseUrl}{imdbId}/" : null;

    public static string WebSearchUrl(string title, int? year) =>
        WebSearchBaseUrl + Uri.EscapeDataString(year is { } y ? $"{title} {y} film" : $"{title} film");

    [GeneratedRegex("^/[A-Za-z0-9_\\-]+\\.(jpg|jpeg|png|webp)$", RegexOptions.CultureInvariant)]
    private static partial Regex PosterPathPattern();

    [GeneratedRegex("^tt[0-9]{5,10}$", RegexOptions.CultureInvariant)]
    private static partial Regex ImdbIdPattern();
}
