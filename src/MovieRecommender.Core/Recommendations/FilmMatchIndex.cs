using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Recommendations.Search;

namespace MovieRecommender.Core.Recommendations;

/// <summary>
/// IMDb id and normalised title lookups over one model's catalog. Built on first use (only imports need it), so a
/// model that never sees an import never pays its memory.
/// </summary>
internal sealed class FilmMatchIndex
{
    public const int YearTolerance = FilmMatch.YearTolerance;

    private readonly IReadOnlyList<Movie> _movies;
    private readonly Dictionary<string, int> _byImdb = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<int>> _byTitle = new(StringComparer.Ordinal);

    public FilmMatchIndex(IReadOnlyList<Movie> movies, long generation)
    {
        _movies = movies;
        Generation = generation;
        var table = MovieTable.From(movies);
        for (int i = 0; i < table.Count; i++)
        {
            if (table.ImdbIdAt(i) is { Length: > 0 } imdbId)
            {
                _byImdb.TryAdd(imdbId, i);
            }

            string title = table.TitleAt(i);
            AddTitle(title, i);
            if (table.HasDistinctOriginalTitle(i) && table.OriginalTitleAt(i) is { } original
                && !string.Equals(original, title, StringComparison.Ordinal))
            {
                AddTitle(original, i);
            }
        }
    }

    public long Generation { get; }

    public FilmMatch Match(string? imdbId, string? title, int? year)
    {
        if (!string.IsNullOrWhiteSpace(imdbId) && _byImdb.TryGetValue(imdbId.Trim(), out int byId))
        {
            return FilmMatch.Found(_movies[byId]);
        }

        string key = TitleNormalizer.Normalize(title);
        if (key.Length == 0)
        {
            return FilmMatch.NotFound(FilmMatchFailure.NoTitle, "no title");
        }

        if (!_byTitle.TryGetValue(key, out List<int>? candidates))
        {
            return FilmMatch.NotFound(FilmMatchFailure.NoSuchTitle, "no film with this title in the catalog");
        }

        if (year is not int wanted)
        {
            return candidates.Count == 1 ? FilmMatch.Found(_movies[candidates[0]]) : FilmMatch.NotFound(FilmMatchFailure.AmbiguousTitle, "several films have this title and no year was given");
        }

        Movie? best = null;
        foreach (int index in candidates)
        {
            Movie movie = _movies[index];
            if (movie.Year is int y && Math.Abs(y - wanted) <= YearTolerance
                && (best is null || Math.Abs(y - wanted) < Math.Abs(best.Year!.Value - wanted)
                    || (Math.Abs(y - wanted) == Math.Abs(best.Year!.Value - wanted) && movie.VoteCount > best.VoteCount)))
            {
                best = movie;
            }
        }

        return best is null ? FilmMatch.NotFound(FilmMatchFailure.NoSuchYear, $"the catalog has this title, but not from {wanted} (±{YearTolerance})") : FilmMatch.Found(best);
    }

    private void AddTitle(string title, int index)
    {
        string key = TitleNormalizer.Normalize(title);
        if (key.Length == 0)
        {
            return;
        }

        if (!_byTitle.TryGetValue(key, out List<int>? list))
        {
            _byTitle[key] = list = [];
        }

        if (!list.Contains(index))
        {
            list.Add(index);
        }
    }
}
