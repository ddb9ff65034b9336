namespace MovieRecommender.Data.Personal;

/// <summary>
/// Matched rows of one import, at most one per film and list (the importer keeps the last row of a film), so the
/// whole batch can be applied as set-based upserts in one transaction: all of it lands, or none of it.
/// </summary>
public sealed record ImportBatch
{
    public IReadOnlyList<FilmRating> Ratings { get; init; } = [];
    public IReadOnlyList<FilmLike> Likes { get; init; } = [];
    public IReadOnlyList<WatchlistEntry> Watchlist { get; init; } = [];
    public IReadOnlyList<WatchedFilm> Watched { get; init; } = [];

    public int Count => Ratings.Count + Likes.Count + Watchlist.Count + Watched.Count;
}
