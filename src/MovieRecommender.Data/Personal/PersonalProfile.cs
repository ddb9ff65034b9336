namespace MovieRecommender.Data.Personal;

/// <summary>Everything a user recorded about films: the input of personal recommendations and of the export.</summary>
public sealed record PersonalProfile(
    IReadOnlyList<FilmRating> Ratings,
    IReadOnlyList<FilmLike> Likes,
    IReadOnlyList<WatchlistEntry> Watchlist,
    IReadOnlyList<WatchedFilm> Watched)
{
    public bool IsEmpty => Ratings.Count == 0 && Likes.Count == 0 && Watchlist.Count == 0 && Watched.Count == 0;
}
