using System.Globalization;
using System.Text.Json;
using MovieRecommender.Core.Catalog;
using nietras.SeparatedValues;

namespace MovieRecommender.Core.Ingest;

/// <summary>
/// Turns one CSV row of either TMDB layout into a <see cref="Movie"/>. Column positions are resolved once from
/// the header; optional columns (poster_path, imdb_id, adult) are read when present.
/// </summary>
internal sealed class TmdbRowParser
{
    private const string ReleasedStatus = "Released";
    private const string DateFormat = "yyyy-MM-dd";

    // Plausible ranges of the numeric columns. A value outside them is a damaged row, not a record: a vote_average
    // of 1.7e308 would top every chart and overflow any sum it entered. TMDB votes are on a 0-10 scale; the
    // most popular film TMDB has listed scores a few thousand; the longest film runs about 51,000 minutes.
    private const double MaxVoteAverage = 10;
    private const double MaxVoteCount = int.MaxValue;
    private const double MaxPopularity = 1_000_000;
    private const double MaxRuntimeMinutes = 100_000;

    private readonly StringPool _pool;
    private readonly TmdbListParser _lists;
    private readonly int _id, _title, _originalTitle, _overview, _tagline, _genres, _keywords, _companies, _countries;
    private readonly int _releaseDate, _runtime, _status, _voteAverage, _voteCount, _popularity, _language;
    private readonly int _posterPath, _imdbId, _adult;

    public TmdbRowParser(SepReaderHeader header, StringPool pool)
    {
        _pool = pool;
        _lists = new TmdbListParser(pool);
        _id = header.IndexOf(CatalogColumns.Id);
        _title = header.IndexOf(CatalogColumns.Title);
        _originalTitle = header.IndexOf(CatalogColumns.OriginalTitle);
        _overview = header.IndexOf(CatalogColumns.Overview);
        _tagline = header.IndexOf(CatalogColumns.Tagline);
        _genres = header.IndexOf(CatalogColumns.Genres);
        _keywords = header.IndexOf(CatalogColumns.Keywords);
        _companies = header.IndexOf(CatalogColumns.Companies);
        _countries = header.IndexOf(CatalogColumns.Countries);
        _releaseDate = header.IndexOf(CatalogColumns.ReleaseDate);
        _runtime = header.IndexOf(CatalogColumns.Runtime);
        _status = header.IndexOf(CatalogColumns.Status);
        _voteAverage = header.IndexOf(CatalogColumns.VoteAverage);
        _voteCount = header.IndexOf(CatalogColumns.VoteCount);
        _popularity = header.IndexOf(CatalogColumns.Popularity);
        _language = header.IndexOf(CatalogColumns.OriginalLanguage);
        _posterPath = header.TryIndexOf(CatalogColumns.PosterPath, out var poster) ? poster : -1;
        _imdbId = header.TryIndexOf(CatalogColumns.ImdbId, out var imdb) ? imdb : -1;
        _adult = header.TryIndexOf(CatalogColumns.Adult, out var adult) ? adult : -1;
    }

    /// <summary>
    /// Parses the row, or returns false when it is malformed (bad id, no title, broken JSON, a number that is not
    /// finite or lies outside its column's range).
    /// </summary>
    public bool TryParse(SepReader.Row row, out ParsedRow parsed)
    {
        parsed = default;
        if (!int.TryParse(row[_id].Span.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            return false;
        }

        var title = row[_title].Span.Trim();
        if (title.IsEmpty)
        {
            return false;
        }

        if (!TryReadNumber(row[_voteAverage].Span, MaxVoteAverage, out var voteAverage)
            || !TryReadNumber(row[_voteCount].Span, MaxVoteCount, out var voteCount)
            || !TryReadNumber(row[_popularity].Span, MaxPopularity, out var popularity)
            || !TryReadNumber(row[_runtime].Span, MaxRuntimeMinutes, out var runtime))
        {
            return false;
        }

        try
        {
            var movie = new Movie
            {
                Id = id,
                Title = title.ToString(),
                OriginalTitle = OptionalText(row[_originalTitle].Span, intern: false),
                ReleaseDate = ParseDate(row[_releaseDate].Span),
                Genres = _lists.ReadNames(row[_genres].Span),
                Keywords = _lists.ReadNames(row[_keywords].Span),
                Companies = _lists.ReadNames(row[_companies].Span),
                Countries = _lists.ReadCountries(row[_countries].Span),
                OriginalLanguage = OptionalText(row[_language].Span, intern: true),
                RuntimeMinutes = runtime > 0 ? (int)Math.Round(runtime) : null,
                VoteAverage = voteAverage,
                VoteCount = (int)voteCount,
                Popularity = popularity,
                PosterPath = _posterPath >= 0 ? OptionalText(row[_posterPath].Span, intern: false) : null,
                ImdbId = _imdbId >= 0 ? OptionalText(row[_imdbId].Span, intern: false) : null,
                Overview = OptionalText(row[_overview].Span, intern: false),
                Tagline = OptionalText(row[_tagline].Span, intern: false),
            };
            var isReleased = row[_status].Span.Trim().Equals(ReleasedStatus, StringComparison.OrdinalIgnoreCase);
            var isAdult = _adult >= 0 && bool.TryParse(row[_adult].Span.Trim(), out var adult) && adult;
            parsed = new ParsedRow(movie, isReleased, isAdult);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private string? OptionalText(ReadOnlySpan<char> value, bool intern)
    {
        var trimmed = value.Trim();
        if (trimmed.IsEmpty)
        {
            return null;
        }

        return intern ? _pool.Intern(trimmed) : trimmed.ToString();
    }

    private static DateOnly? ParseDate(ReadOnlySpan<char> value) =>
        DateOnly.TryParseExact(value.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>
    /// Reads a numeric column into [0, max]. Numeric columns are informative, not identifying: an empty or non-numeric
    /// value degrades to 0 rather than dropping the film. A number that parses but is negative, above max or not
    /// finite ("1e999", "NaN") returns false: the row is damaged.
    /// </summary>
    private static bool TryReadNumber(ReadOnlySpan<char> value, double max, out double number)
    {
        if (!double.TryParse(value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out number))
        {
            number = 0;
            return true;
        }

        return double.IsFinite(number) && number >= 0 && number <= max;
    }
}
