using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Watch;

namespace MovieRecommender.Core.Recommendations;

/// <summary>
/// A <see cref="MovieFilter"/> compiled against a model's <see cref="MovieAttributes"/>: numeric checks on
/// flat arrays, genres as one mask test, language as an id comparison; only country and company exclusion
/// read the film record. A missing year or runtime fails a constraint on it ("from 2000" should not list
/// films whose date is unknown), and a genre or language no film has matches nothing.
/// </summary>
internal sealed class MovieFilterMatcher
{
    private readonly MovieFilter _filter;
    private readonly MovieAttributes _attributes;
    private readonly MovieTable _movies;
    private readonly string[] _genres;
    private readonly ulong _genreMask;
    private readonly bool _useGenreMask;
    private readonly int? _languageId;
    private readonly string? _country;
    private readonly HashSet<string> _excludedCompanies;
    private readonly WatchAvailability? _watch;
    private readonly string? _watchRegion;
    private readonly HashSet<int>? _watchProviders;
    private readonly bool _matchesNothing;

    // Bounds copied out of the filter record so the per-film check is plain field and array reads.
    private readonly bool _checkYear;
    private readonly int _minYear;
    private readonly int _maxYear;
    private readonly bool _checkRuntime;
    private readonly int _minRuntime;
    private readonly int _maxRuntime;
    private readonly double _minRating;
    private readonly int _minVotes;

    public MovieFilterMatcher(
        MovieFilter? filter, IEnumerable<Movie> seeds, MovieAttributes attributes, IReadOnlyList<Movie> movies, WatchAvailability? watch = null)
    {
        _filter = filter ?? MovieFilter.None;
        _attributes = attributes;
        _movies = MovieTable.From(movies);
        _genres = [.. (_filter.Genres ?? []).Where(g => !string.IsNullOrWhiteSpace(g)).Select(g => g.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)];
        _excludedCompanies = _filter.ExcludeSameCompany
            ? new HashSet<string>(seeds.SelectMany(s => s.Companies), StringComparer.OrdinalIgnoreCase)
            : [];
        _country = string.IsNullOrWhiteSpace(_filter.Country) ? null : _filter.Country.Trim();
        _checkYear = _filter.MinYear is not null || _filter.MaxYear is not null;
        _minYear = _filter.MinYear ?? int.MinValue;
        _maxYear = _filter.MaxYear ?? int.MaxValue;
        _checkRuntime = _filter.MinRuntime is not null || _filter.MaxRuntime is not null;
        _minRuntime = _filter.MinRuntime ?? int.MinValue;
        _maxRuntime = _filter.MaxRuntime ?? int.MaxValue;
        _minRating = _filter.MinRating ?? double.NegativeInfinity;
        _minVotes = _filter.MinVotes ?? int.MinValue;

        if (!string.IsNullOrWhiteSpace(_filter.Language))
        {
            _languageId = attributes.LanguageId(_filter.Language);
            _matchesNothing |= _languageId is null;
        }

        _useGenreMask = _genres.Length > 0 && attributes.GenresFitMask;
        if (_useGenreMask)
        {
            int?[] bits = [.. _genres.Select(attributes.GenreBit)];
            foreach (int? bit in bits)
            {
                _genreMask |= bit is int b ? 1UL << b : 0;
            }

            _matchesNothing |= _filter.GenreMode == GenreMatchMode.All ? Array.Exists(bits, b => b is null) : _genreMask == 0;
        }

        if (_filter.WatchProviderIds is { Count: > 0 } providerIds)
        {
            // Without providers data, or without a region, "available on these services" cannot be true of any film.
            _watchProviders = [.. providerIds];
            _watchRegion = string.IsNullOrWhiteSpace(_filter.WatchRegion) ? null : _filter.WatchRegion.Trim().ToUpperInvariant();
            _watch = watch;
            _matchesNothing |= watch is null || _watchRegion is null;
        }

        IsEmpty = _watchProviders is null && _filter.MinYear is null && _filter.MaxYear is null && _genres.Length == 0
                  && _filter.MinRating is null && _filter.MinVotes is null && _filter.MinRuntime is null
                  && _filter.MaxRuntime is null && _languageId is null && !_matchesNothing && _country is null
                  && _excludedCompanies.Count == 0;
    }

    public bool IsEmpty { get; }

    /// <summary>True when no film can pass (e.g. a genre no film has), so callers may skip the scan.</summary>
    public bool MatchesNothing => _matchesNothing;

    public bool Matches(int movie)
    {
        if (IsEmpty)
        {
            return true;
        }

        if (_matchesNothing)
        {
            return false;
        }

        if (_checkYear)
        {
            int year = _attributes.Years[movie];
            if (year == MovieAttributes.UnknownYear || year < _minYear || year > _maxYear)
            {
                return false;
            }
        }

        if (_checkRuntime)
        {
            int runtime = _attributes.Runtimes[movie];
            if (runtime == MovieAttributes.UnknownRuntime || runtime < _minRuntime || runtime > _maxRuntime)
            {
                return false;
            }
        }

        if (_attributes.Ratings[movie] < _minRating || _attributes.Votes[movie] < _minVotes
            || (_languageId is { } language && _attributes.Languages[movie] != language))
        {
            return false;
        }

        if (_genres.Length > 0 && !MatchesGenres(movie))
        {
            return false;
        }

        // Only these two read the film record (a likely cache miss per film), so they come last and only when set.
        return (_country is null || _movies.CountriesAt(movie).Contains(_country, StringComparison.OrdinalIgnoreCase))
               && (_excludedCompanies.Count == 0 || !SharesExcludedCompany(_movies.CompaniesAt(movie)))
               && (_watchProviders is null || _watch!.IsIncludedOn(_movies.IdAt(movie), _watchRegion!, _watchProviders));
    }

    private bool MatchesGenres(int movie)
    {
        if (_useGenreMask)
        {
            ulong genres = _attributes.GenreMasks[movie];
            return _filter.GenreMode == GenreMatchMode.All ? (genres & _genreMask) == _genreMask : (genres & _genreMask) != 0;
        }

        MovieNames movieGenres = _movies.GenresAt(movie);
        bool all = _filter.GenreMode == GenreMatchMode.All;
        foreach (var wanted in _genres)
        {
            if (movieGenres.Contains(wanted, StringComparison.OrdinalIgnoreCase) != all)
            {
                return !all;
            }
        }

        return all;
    }

    private bool SharesExcludedCompany(MovieNames companies)
    {
        foreach (var company in companies)
        {
            if (_excludedCompanies.Contains(company))
            {
                return true;
            }
        }

        return false;
    }
}
