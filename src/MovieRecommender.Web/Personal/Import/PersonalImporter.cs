using MovieRecommender.Core.Recommendations;
using MovieRecommender.Data.Personal;
using MovieRecommender.Web.Personal.Contracts;

namespace MovieRecommender.Web.Personal.Import;

/// <summary>
/// Imports a Letterboxd or IMDb export: reads every row, matches each to a catalog film (IMDb id, else title + year
/// ±1), and writes the matches in one transaction as idempotent upserts (the file's own dates), so importing the
/// same file again changes nothing. A refused file imports nothing.
/// </summary>
public sealed class PersonalImporter(IFilmMatcher matcher, IPersonalDataStore store)
{
    public async Task<ImportResponse> ImportAsync(string userId, string fileName, Stream content, CancellationToken cancellationToken)
    {
        var (format, rows) = ImportFileReader.Read(fileName, content);
        var unmatched = new UnmatchedRows();
        var ratings = new Dictionary<int, FilmRating>();
        var watched = new Dictionary<int, WatchedFilm>();
        var watchlist = new Dictionary<int, WatchlistEntry>();
        var likes = new Dictionary<int, FilmLike>();
        foreach (var row in rows)
        {
            if (row.List == ImportList.Ratings && (row.Stars is not { } stars || RatingScale.ToHalfStars(stars) is null))
            {
                // Letterboxd's ratings.csv never has an empty rating; an IMDb row without one is not a rating.
                Report(unmatched, row, "no rating from 0.5 to 5 stars (1–10 on IMDb)", ImportRowProblem.NoRating);
                continue;
            }

            var match = matcher.Match(row.ImdbId, row.Title, row.Year);
            if (match.Movie is not { } movie)
            {
                Report(unmatched, row, match.Reason ?? "no matching film", ImportReasonText.ProblemOf(match.Failure));
                continue;
            }

            // Rows without a date get a fixed one, so a re-import writes exactly the same values again.
            var at = (row.Date ?? DateOnly.FromDateTime(DateTime.UnixEpoch)).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            switch (row.List)
            {
                case ImportList.Ratings:
                    ratings[movie.Id] = new FilmRating { UserId = userId, MovieId = movie.Id, HalfStars = RatingScale.ToHalfStars(row.Stars!.Value)!.Value, RatedAt = at };
                    break;
                case ImportList.Watched:
                    watched[movie.Id] = new WatchedFilm { UserId = userId, MovieId = movie.Id, WatchedOn = DateOnly.FromDateTime(at), MarkedAt = at };
                    break;
                case ImportList.Watchlist:
                    watchlist[movie.Id] = new WatchlistEntry { UserId = userId, MovieId = movie.Id, AddedAt = at };
                    break;
                default:
                    likes[movie.Id] = new FilmLike { UserId = userId, MovieId = movie.Id, LikedAt = at };
                    break;
            }
        }

        var batch = new ImportBatch { Ratings = [.. ratings.Values], Watched = [.. watched.Values], Watchlist = [.. watchlist.Values], Likes = [.. likes.Values] };
        var changed = await store.ImportAsync(userId, batch, cancellationToken).ConfigureAwait(false);
        return new ImportResponse(format, rows.Count, batch.Count, changed, unmatched.Count, unmatched.Reported);
    }

    private static void Report(UnmatchedRows unmatched, ImportRow row, string reason, ImportRowProblem problem) =>
        unmatched.Add(new UnmatchedRowDto(row.Row, row.Title ?? row.ImdbId, row.Year, reason, row.File) { Problem = problem });

    /// <summary>Counts every unmatched row but keeps only the first ones, so a huge file cannot bloat the answer.</summary>
    private sealed class UnmatchedRows
    {
        private readonly List<UnmatchedRowDto> reported = [];

        public int Count { get; private set; }

        public IReadOnlyList<UnmatchedRowDto> Reported => reported;

        public void Add(UnmatchedRowDto row)
        {
            Count++;
            if (reported.Count < ImportLimits.MaxUnmatchedReported)
            {
                reported.Add(row);
            }
        }
    }
}
