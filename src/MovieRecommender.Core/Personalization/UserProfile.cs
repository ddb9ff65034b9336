namespace MovieRecommender.Core.Personalization;

/// <summary>
/// What one person recorded about films (TMDB ids), as the engine sees it: no storage types, no user id.
/// Ratings are stars (0.5–5); times are UTC.
/// </summary>
public sealed record UserProfile
{
    public static UserProfile Empty { get; } = new();

    public IReadOnlyList<ProfileRating> Ratings { get; init; } = [];
    public IReadOnlyList<ProfileEvent> Likes { get; init; } = [];
    public IReadOnlyList<ProfileEvent> Watched { get; init; } = [];
    public IReadOnlyList<ProfileEvent> Watchlist { get; init; } = [];

    public bool IsEmpty => Ratings.Count == 0 && Likes.Count == 0 && Watched.Count == 0 && Watchlist.Count == 0;

    /// <summary>Every film the person rated, liked, watched or put on the watchlist (the "seen" set of hideSeen).</summary>
    public IReadOnlySet<int> AllFilms() =>
        new HashSet<int>(Ratings.Select(r => r.MovieId).Concat(Likes.Select(l => l.MovieId))
            .Concat(Watched.Select(w => w.MovieId)).Concat(Watchlist.Select(w => w.MovieId)));
}
