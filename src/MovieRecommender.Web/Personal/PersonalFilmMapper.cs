using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Data.Personal;
using MovieRecommender.Web.Personal.Contracts;
using MovieRecommender.Web.Presentation;

namespace MovieRecommender.Web.Personal;

/// <summary>Stored rows to the API's film entries, with title and poster from the model served now (or "unavailable").</summary>
public sealed class PersonalFilmMapper(IRecommenderService recommender)
{
    public Movie? Find(int movieId) => recommender.IsReady && movieId > 0 ? recommender.GetMovie(movieId) : null;

    public MyFilmDto Film(int movieId)
    {
        var movie = Find(movieId);
        return new MyFilmDto
        {
            Id = movieId,
            Title = movie?.Title,
            Year = movie?.Year,
            PosterUrl = MovieLinks.PosterUrl(movie?.PosterPath),
            Available = movie is not null,
        };
    }

    public MyFilmDto Rating(FilmRating r) => Film(r.MovieId) with { Rating = RatingScale.ToStars(r.HalfStars), RatedAt = r.RatedAt };

    public MyFilmDto Like(FilmLike l) => Film(l.MovieId) with { LikedAt = l.LikedAt };

    public MyFilmDto Watchlist(WatchlistEntry w) => Film(w.MovieId) with { AddedAt = w.AddedAt };

    public MyFilmDto Watched(WatchedFilm w) => Film(w.MovieId) with { WatchedOn = w.WatchedOn };

    public MyFilmDto History(HistoryEntry h) => Film(h.MovieId) with { Event = EventName(h.Kind), At = h.At };

    public static string EventName(HistoryKind kind) => kind == HistoryKind.Watched ? "watched" : "opened";

    public static FilmMarksDto Marks(FilmMarks m) =>
        new(m.MovieId, m.HalfStars is { } h ? RatingScale.ToStars(h) : null, m.Liked, m.OnWatchlist, m.WatchedOn);

    public MyFilmsResponse Page<T>(PersonalPage<T> page, Func<T, MyFilmDto> map) =>
        new(page.Total, page.Offset, [.. page.Items.Select(map)]);
}
