using FuzzySharp;
using FuzzySharp.PreProcess;
using MovieRecommender.Core.Catalog;

namespace MovieRecommender.Core.Recommendations.Search;

/// <summary>
/// Free text → one film: exact normalised title (optionally narrowed by a trailing year, the most voted
/// film winning ties), then a TMDB id typed as digits, then FuzzySharp over a few hundred candidates
/// pre-selected by the word index (never over the catalog). A fuzzy match only counts as found when it is
/// both very close and clearly ahead of the runner-up; otherwise the caller gets did-you-mean suggestions.
/// </summary>
internal sealed class TitleResolver(
    IReadOnlyList<Movie> movies,
    TitleSearchIndex index,
    Func<int, Movie?> findById,
    int fuzzyCutoff,
    int maxSuggestions)
{
    // FuzzySharp costs tens of microseconds per pair: a few dozen candidates per word keeps resolve in the low ms.
    private const int FuzzyCandidatesPerWord = 40;
    private const int MaxFuzzyCandidates = 160;
    private const int WeightedShortlist = 24;
    private const int ConfidentScore = 90;
    private const int ConfidentMargin = 5;
    private const int ExactScore = 100;

    private readonly MovieTable _table = MovieTable.From(movies);

    public TitleResolution Resolve(string? text)
    {
        TitleQuery query = TitleQuery.Parse(text);
        if (query.IsEmpty)
        {
            return new TitleResolution(null, []);
        }

        if (query.Year is int year)
        {
            ReadOnlySpan<int> sameTitle = index.TitleKeys[query.KeyWithoutYear];
            foreach (int movie in sameTitle)
            {
                if (_table.YearAt(movie) == year)
                {
                    return new TitleResolution(movies[movie], []);
                }
            }

            ReadOnlySpan<int> titleWithNumber = index.TitleKeys[query.FullKey];
            if (!titleWithNumber.IsEmpty)
            {
                return new TitleResolution(movies[titleWithNumber[0]], []);
            }

            if (!sameTitle.IsEmpty)
            {
                // "Dune (1999)": no such year, so offer the films with that title instead of guessing.
                return new TitleResolution(null, Suggest(sameTitle, ExactScore));
            }
        }
        else
        {
            ReadOnlySpan<int> exact = index.TitleKeys[query.FullKey];
            if (!exact.IsEmpty)
            {
                return new TitleResolution(movies[exact[0]], []);
            }
        }

        if (int.TryParse(query.FullKey, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int id) && findById(id) is { } byId)
        {
            return new TitleResolution(byId, []);
        }

        return ResolveFuzzy(query);
    }

    private TitleResolution ResolveFuzzy(TitleQuery query)
    {
        var candidates = new List<int>();
        index.CollectCandidates(query.KeyWithoutYear, FuzzyCandidatesPerWord, candidates);
        // Stryker disable once Block : a shortcut only; fuzzy matching over no candidates returns the same empty resolution.
        if (candidates.Count == 0)
        {
            return new TitleResolution(null, []);
        }

        // Two stages: the cheap TokenSetRatio (order-insensitive word overlap) ranks every candidate, then the
        // ~4× dearer WeightedRatio scores only the best few, which is what the caller sees.
        // Stryker disable once Linq : Min→Max only changes the list's initial capacity.
        var shortlist = new List<(int Score, int Order, Movie Movie)>(Math.Min(candidates.Count, MaxFuzzyCandidates));
        foreach (int candidate in candidates.Take(MaxFuzzyCandidates))
        {
            // Scored from the title columns: only films that pass the cutoff are materialised.
            int score = Fuzz.TokenSetRatio(query.KeyWithoutYear, TitleNormalizer.NormalizeTitleKey(_table.TitleAt(candidate)), PreprocessMode.None);
            if (_table.OriginalTitleAt(candidate) is { } originalTitle && !string.IsNullOrWhiteSpace(originalTitle))
            {
                score = Math.Max(score,
                    Fuzz.TokenSetRatio(query.KeyWithoutYear, TitleNormalizer.NormalizeTitleKey(originalTitle), PreprocessMode.None));
            }

            if (score >= fuzzyCutoff)
            {
                // Stryker disable once Linq : List.Count is a property; its Count→Sum mutant cannot compile in this tuple, and Stryker's safe mode then drops every mutant of the method.
                shortlist.Add((score, shortlist.Count, movies[candidate]));
            }
        }

        shortlist.Sort(static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Order.CompareTo(b.Order));
        // Stryker disable once Linq : Min→Max only changes the list's initial capacity.
        var scored = new List<(int Score, bool SameYear, Movie Movie)>(Math.Min(shortlist.Count, WeightedShortlist));
        foreach (var (_, _, movie) in shortlist.Take(WeightedShortlist))
        {
            int score = Fuzz.WeightedRatio(query.KeyWithoutYear, TitleNormalizer.NormalizeTitleKey(movie.Title), PreprocessMode.None);
            if (!string.IsNullOrWhiteSpace(movie.OriginalTitle))
            {
                score = Math.Max(score,
                    Fuzz.WeightedRatio(query.KeyWithoutYear, TitleNormalizer.NormalizeTitleKey(movie.OriginalTitle), PreprocessMode.None));
            }

            if (score >= fuzzyCutoff)
            {
                scored.Add((score, query.Year is not null && movie.Year == query.Year, movie));
            }
        }

        scored.Sort(static (a, b) =>
        {
            int byScore = b.Score.CompareTo(a.Score);
            if (byScore != 0)
            {
                return byScore;
            }

            int byYear = b.SameYear.CompareTo(a.SameYear);
            return byYear != 0 ? byYear : b.Movie.VoteCount.CompareTo(a.Movie.VoteCount);
        });

        var suggestions = scored.Take(maxSuggestions).Select(s => new TitleSuggestion(s.Movie, s.Score)).ToList();
        bool confident = scored.Count > 0 && scored[0].Score >= ConfidentScore
                         && (scored.Count == 1 || scored[0].Score - scored[1].Score >= ConfidentMargin);
        return new TitleResolution(confident ? scored[0].Movie : null, suggestions);
    }

    private List<TitleSuggestion> Suggest(ReadOnlySpan<int> films, int score)
    {
        // Stryker disable once Linq : Min→Max only changes the list's initial capacity.
        var suggestions = new List<TitleSuggestion>(Math.Min(films.Length, maxSuggestions));
        foreach (int movie in films[..Math.Min(films.Length, maxSuggestions)])
        {
            suggestions.Add(new TitleSuggestion(movies[movie], score));
        }

        return suggestions;
    }
}
