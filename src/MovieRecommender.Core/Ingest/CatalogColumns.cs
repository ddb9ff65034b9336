namespace MovieRecommender.Core.Ingest;

/// <summary>Column names of the supported layouts and header-based format detection.</summary>
internal static class CatalogColumns
{
    public const string Id = "id";
    public const string Title = "title";
    public const string OriginalTitle = "original_title";
    public const string Overview = "overview";
    public const string Tagline = "tagline";
    public const string Genres = "genres";
    public const string Keywords = "keywords";
    public const string Companies = "production_companies";
    public const string Countries = "production_countries";
    public const string ReleaseDate = "release_date";
    public const string Runtime = "runtime";
    public const string Status = "status";
    public const string VoteAverage = "vote_average";
    public const string VoteCount = "vote_count";
    public const string Popularity = "popularity";
    public const string OriginalLanguage = "original_language";
    public const string PosterPath = "poster_path";
    public const string ImdbId = "imdb_id";
    public const string Adult = "adult";
    public const string BackdropPath = "backdrop_path";

    public const string CreditsMovieId = "movie_id";
    public const string CreditsCast = "cast";
    public const string CreditsCrew = "crew";

    public static readonly string[] Tmdb5000Required =
    [
        Id, Title, OriginalTitle, Overview, Tagline, Genres, Keywords, Companies, Countries,
        ReleaseDate, Runtime, Status, VoteAverage, VoteCount, Popularity, OriginalLanguage,
    ];

    public static readonly string[] FullDumpRequired =
    [
        Id, Title, OriginalTitle, Overview, Tagline, Genres, Keywords, Companies, Countries,
        ReleaseDate, Runtime, Status, VoteAverage, VoteCount, Popularity, OriginalLanguage,
        Adult, BackdropPath, PosterPath, ImdbId,
    ];

    public static readonly string[] CreditsRequired = [CreditsMovieId, CreditsCast, CreditsCrew];

    /// <exception cref="CatalogFormatException">The header matches no supported layout.</exception>
    public static CatalogFormat DetectMoviesFormat(string path, IReadOnlyCollection<string> header)
    {
        var names = new HashSet<string>(header, StringComparer.Ordinal);
        if (names.Contains(CreditsCrew) && names.Contains(CreditsMovieId))
        {
            throw new CatalogFormatException(
                $"'{path}' looks like a credits file (columns {string.Join(", ", CreditsRequired)}); " +
                "pass it as the credits file and give the movies file as input.");
        }

        var isFullDump = names.Contains(Adult) && names.Contains(BackdropPath);
        var required = isFullDump ? FullDumpRequired : Tmdb5000Required;
        var missing = required.Where(c => !names.Contains(c)).ToArray();
        if (missing.Length > 0)
        {
            throw new CatalogFormatException(
                $"'{path}' is not a supported movies file: missing column(s) {string.Join(", ", missing)}. " +
                $"Expected a TMDB 5000 movies file ({string.Join(", ", Tmdb5000Required)}) or a TMDB full dump " +
                $"({string.Join(", ", FullDumpRequired)}).");
        }

        return isFullDump ? CatalogFormat.TmdbFullDump : CatalogFormat.Tmdb5000;
    }

    /// <exception cref="CatalogFormatException">The header is not a TMDB credits header.</exception>
    public static void EnsureCreditsHeader(string path, IReadOnlyCollection<string> header)
    {
        var names = new HashSet<string>(header, StringComparer.Ordinal);
        var missing = CreditsRequired.Where(c => !names.Contains(c)).ToArray();
        if (missing.Length > 0)
        {
            throw new CatalogFormatException(
                $"'{path}' is not a supported credits file: missing column(s) {string.Join(", ", missing)}. " +
                $"Expected a TMDB 5000 credits file ({string.Join(", ", CreditsRequired)}).");
        }
    }
}
