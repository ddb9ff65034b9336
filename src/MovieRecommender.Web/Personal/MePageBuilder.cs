using System.Globalization;
using Microsoft.Extensions.Localization;
using MovieRecommender.Data.Personal;
using MovieRecommender.Web.Localization;
using MovieRecommender.Web.Presentation;
using MovieRecommender.Web.ViewModels;

namespace MovieRecommender.Web.Personal;

/// <summary>Builds /me: the user's lists as film cards with what they recorded, films no longer in the model listed apart.</summary>
public sealed class MePageBuilder(IPersonalDataStore store, PersonalFilmMapper films, IStringLocalizer<SharedResource> text)
{
    public const int PageSize = 24;

    /// <summary>The tabs: the query value and the resource key of the label.</summary>
    public static readonly IReadOnlyList<(string Key, string Label)> Lists =
        [("ratings", "Me.Tab.Ratings"), ("likes", "Me.Tab.Likes"), ("watchlist", "Me.Tab.Watchlist"), ("watched", "Me.Tab.Watched"), ("history", "Me.Tab.History")];

    public static bool IsList(string? list) => list is null || Lists.Any(l => l.Key == list);

    public async Task<MePageViewModel> BuildAsync(string userId, string email, string? list, int page, HttpRequest request, CancellationToken cancellationToken)
    {
        var key = list ?? "ratings";
        var offset = (page - 1) * PageSize;
        (IEnumerable<(int Id, string Note)> rows, int total) = key switch
        {
            "likes" => Rows(await store.GetLikesAsync(userId, offset, PageSize, cancellationToken).ConfigureAwait(false), l => (l.MovieId, text["Me.LikedOn", Day(l.LikedAt)].Value)),
            "watchlist" => Rows(await store.GetWatchlistAsync(userId, offset, PageSize, cancellationToken).ConfigureAwait(false), w => (w.MovieId, text["Me.AddedOn", Day(w.AddedAt)].Value)),
            "watched" => Rows(await store.GetWatchedAsync(userId, offset, PageSize, cancellationToken).ConfigureAwait(false), w => (w.MovieId, text["Me.WatchedOn", w.WatchedOn.ToString(DayFormat, CultureInfo.CurrentCulture)].Value)),
            "history" => Rows(await store.GetHistoryAsync(userId, offset, PageSize, cancellationToken).ConfigureAwait(false), h => (h.MovieId, text[h.Kind == HistoryKind.Watched ? "Me.HistoryWatched" : "Me.HistoryOpened", Day(h.At)].Value)),
            _ => Rows(await store.GetRatingsAsync(userId, offset, PageSize, cancellationToken).ConfigureAwait(false), r => (r.MovieId, text["Me.RatedOn", BecauseText.Stars(RatingScale.ToStars(r.HalfStars)), Day(r.RatedAt)].Value)),
        };

        var cards = new List<MovieCardViewModel>();
        var unavailable = new List<string>();
        foreach (var (id, note) in rows)
        {
            if (films.Find(id) is { } movie)
            {
                cards.Add(ViewModelMapper.Card(movie) with { Note = note });
            }
            else
            {
                unavailable.Add(text["Me.UnavailableFilm", id.ToString(CultureInfo.InvariantCulture), note].Value);
            }
        }

        return new MePageViewModel
        {
            List = key,
            Email = email,
            Tabs = [.. Lists.Select(l => new MeListTabViewModel(l.Key, text[l.Label], "/me?list=" + l.Key, l.Key == key))],
            Films = cards,
            Unavailable = unavailable,
            Total = total,
            Pagination = PaginationBuilder.Build(request, page, total, PageSize),
        };
    }

    private static (IEnumerable<(int, string)>, int) Rows<T>(PersonalPage<T> page, Func<T, (int, string)> map) => (page.Items.Select(map), page.Total);

    private const string DayFormat = "d MMM yyyy";

    /// <summary>A short date in the request's culture ("2 Dec 2026", "2 dic 2026").</summary>
    private static string Day(DateTime at) => at.ToString(DayFormat, CultureInfo.CurrentCulture);
}
