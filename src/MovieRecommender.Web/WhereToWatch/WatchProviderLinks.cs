namespace MovieRecommender.Web.WhereToWatch;

/// <summary>TMDB image URLs for provider logos.</summary>
public static class WatchProviderLinks
{
    private const string LogoBase = "https://image.tmdb.org/t/p/w92";

    public static string? LogoUrl(string? logoPath) =>
        logoPath is { Length: > 1 } && logoPath[0] == '/' && !logoPath.Contains("..", StringComparison.Ordinal) ? LogoBase + logoPath : null;
}
