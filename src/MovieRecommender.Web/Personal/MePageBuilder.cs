using System.Globalization;
using MovieRecommender.Data.Personal;
using MovieRecommender.Web.Presentation;
using MovieRecommender.Web.ViewModels;

namespace MovieRecommender.Web.Personal;

/// <summary>Builds /me: the user's lists as film cards with what they recorded, films no longer in the model listed apart.</summary>
public sealed class MePageBuilder(IPersonalDataStore store, PersonalFilmMapper films)
{
    public const int PageSize = 24;

    public static readonly IReadOnlyList<(string Key, string Label)> Lists =
        [("ratings", "Ratings"), ("likes", "Likes"), ("watchlist", "Watchlist"), ("watched", "Watched"), ("history", "History")];

    public static bool IsList(string? list) => list is null || Lists.Any(l => l.Key == list);

    public async Task<MePageViewModel> BuildAsync(string userId, string email, string? list, int page, HttpRequest request, CancellationToken cancellationToken)
    {
        var key = list ?? "ratings";
        var offset = (page - 1) * PageSize;
        (IEnumerable<(int Id, string Note)> rows, int total) = key switch
        {
            "likes" => Rows(await store.GetLikesAsync(userId, offset, PageSize, cancellationToken).ConfigureAwait(false), l => (l.MovieId, $"Liked on {Day(l.LikedAt)}")),
            "watchlist" => Rows(await store.GetWatchlistAsync(userId, offset, PageSize, cancellationToken).ConfigureAwait(false), w => (w.MovieId, $"Added on {Day(w.AddedAt)}")),
            "watched" => Rows(await store.GetWatchedAsync(userId, offset, PageSize, cancellationToken).ConfigureAwait(false), w => (w.MovieId, $"Watched on {w.WatchedOn.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}")),
            "history" => Rows(await store.GetHistoryAsync(userId, offset, PageSize, cancellationToken).ConfigureAwait(false), h => (h.MovieId, $"{(h.Kind == HistoryKind.Watched ? "Watched" : "Opened")} {Day(h.At)}")),
            _ => Rows(await store.GetRatingsAsync(userId, offset, PageSize, cancellationToken).ConfigureAwait(false), r => (r.MovieId, $"Rated {BecauseText.Stars(RatingScale.ToStars(r.HalfStars))} on {Day(r.RatedAt)}")),
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
                unavailable.Add($"TMDB film {id.ToString(CultureInfo.InvariantCulture)}: {note} (not in the current catalog)");
            }
        }

        return new MePageViewModel
        {
            List = key,
            Email = email,
            Tabs = [.. Lists.Select(l => new MeListTabViewModel(l.Key, l.Label, "/me?list=" + l.Key, l.Key == key))],
            Films = cards,
            Unavailable = unavailable,
            Total = total,
            Pagination = PaginationBuilder.Build(request, page, total, PageSize),
        };
    }

    private static (IEnumerable<(int, string)>, int) Rows<T>(PersonalPage<T> page, Func<T, (int, string)> map) => (page.Items.Select(map), page.Total);

    private static string Day(DateTime at) => at.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
