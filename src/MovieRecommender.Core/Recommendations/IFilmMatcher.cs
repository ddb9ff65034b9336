namespace MovieRecommender.Core.Recommendations;

/// <summary>Finds catalog films for entries of lists kept elsewhere (Letterboxd, IMDb), for imports.</summary>
public interface IFilmMatcher
{
    /// <summary>
    /// By IMDb id when one is given and the catalog has it; otherwise by normalised title (display or original)
    /// with the year within ±1 (the closest year wins, then the film with more votes). Throws
    /// <see cref="ModelNotReadyException"/> before a model is loaded.
    /// </summary>
    FilmMatch Match(string? imdbId, string? title, int? year);
}
