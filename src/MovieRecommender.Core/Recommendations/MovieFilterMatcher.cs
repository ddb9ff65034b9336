using MovieRecommender.Core.Catalog;

namespace MovieRecommender.Core.Recommendations;

/// <summary>
/// A <see cref="MovieFilter"/> prepared for fast repeated checks (requested genres de-duplicated, seed
/// companies in a set). A missing year or runtime fails a constraint on it: "from 2000" should not list
/// films whose date is unknown.
/// </summary>
internal sealed class MovieFilterMatcher
{
    private readonly MovieFilter _filter;
    private readonly string[] _genres;
    private readonly HashSet<string> _excludedCompanies;

    public MovieFilterMatcher(MovieFilter? filter, IEnumerable<Movie> seeds)
    {
        _filter = filter ?? MovieFilter.None;
        _genres = [.. (_filter.Genres ?? []).Where(g => !string.IsNullOrWhiteSpace(g)).Select(g => g.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)];
        _excludedCompanies = _filter.ExcludeSameCompany
            ? new HashSet<string>(seeds.SelectMany(s => s.Companies), StringComparer.OrdinalIgnoreCase)
            : [];
        IsEmpty = _filter.MinYear is null && _filter.MaxYear is null && _genres.Length == 0
                  && _filter.MinRating is null && _filter.MinVotes is null && _filter.MinRuntime is null
                  && _filter.MaxRuntime is null && string.IsNullOrWhiteSpace(_filter.Language)
                  && string.IsNullOrWhiteSpace(_filter.Country) && _excludedCompanies.Count == 0;
    }

    public bool IsEmpty { get; }

    public bool Matches(Movie movie)
    {
        if (IsEmpty)
        {
            return true;
        }

        return MatchesYear(movie.Year) && MatchesRuntime(movie.RuntimeMinutes)
               && (_filter.MinRating is not { } minRating || movie.VoteAverage >= minRating)
               && (_filter.MinVotes is not { } minVotes || movie.VoteCount >= minVotes)
               && (string.IsNullOrWhiteSpace(_filter.Language)
                   || string.Equals(movie.OriginalLanguage, _filter.Language.Trim(), StringComparison.OrdinalIgnoreCase))
               && (string.IsNullOrWhiteSpace(_filter.Country) || ContainsIgnoreCase(movie.Countries, _filter.Country.Trim()))
               && MatchesGenres(movie.Genres)
               && !SharesExcludedCompany(movie.Companies);
    }

    private bool MatchesYear(int? year)
    {
        if (_filter.MinYear is null && _filter.MaxYear is null)
        {
            return true;
        }

        return year is { } y && (_filter.MinYear is not { } min || y >= min) && (_filter.MaxYear is not { } max || y <= max);
    }

    private bool MatchesRuntime(int? runtime)
    {
        if (_filter.MinRuntime is null && _filter.MaxRuntime is null)
        {
            return true;
        }

        return runtime is { } r && (_filter.MinRuntime is not { } min || r >= min)
                                && (_filter.MaxRuntime is not { } max || r <= max);
    }

    private bool MatchesGenres(IReadOnlyList<string> genres)
    {
        if (_genres.Length == 0)
        {
            return true;
        }

        if (_filter.GenreMode == GenreMatchMode.All)
        {
            foreach (var wanted in _genres)
            {
                if (!ContainsIgnoreCase(genres, wanted))
                {
                    return false;
                }
            }

            return true;
        }

        foreach (var wanted in _genres)
        {
            if (ContainsIgnoreCase(genres, wanted))
            {
                return true;
            }
        }

        return false;
    }

    private bool SharesExcludedCompany(IReadOnlyList<string> companies)
    {
        if (_excludedCompanies.Count == 0)
        {
            return false;
        }

        foreach (var company in companies)
        {
            if (_excludedCompanies.Contains(company))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsIgnoreCase(IReadOnlyList<string> values, string wanted)
    {
        foreach (var value in values)
        {
            if (string.Equals(value, wanted, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
