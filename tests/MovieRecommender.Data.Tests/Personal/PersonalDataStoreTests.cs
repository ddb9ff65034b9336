using Microsoft.EntityFrameworkCore;
using MovieRecommender.Data.Identity;
using MovieRecommender.Data.Personal;
using MovieRecommender.Data.Registration;
using MovieRecommender.TestSupport;

namespace MovieRecommender.Data.Tests.Personal;

/// <summary>The store's behaviour, run once per provider by the two sealed classes below against a real database.</summary>
public abstract class PersonalDataStoreTests(AccountsProvider provider) : IAsyncLifetime
{
    private const int Heat = 949;
    private const int DarkKnight = 155;
    private static readonly DateTime Monday = new(2024, 5, 6, 20, 0, 0, DateTimeKind.Utc);

    private AccountsTestDatabase? _database;

    protected AccountsTestDatabase Database => _database ?? throw new InvalidOperationException("not initialised");

    public async Task InitializeAsync() => _database = await AccountsTestDatabase.CreateAsync(provider);

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task Migrate_NewDatabase_ModelHasNoPendingChanges()
    {
        SkipWithoutDatabase();
        await using var db = Database.CreateContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "the model changed without a migration: add one for both providers");
    }

    [SkippableFact]
    public async Task SetRating_SameFilmTwice_KeepsOneRowWithTheLastValue()
    {
        SkipWithoutDatabase();
        var user = await NewUserAsync();

        await WithStoreAsync(s => s.SetRatingAsync(user, Heat, 6, Monday));
        await WithStoreAsync(s => s.SetRatingAsync(user, Heat, 9, Monday.AddHours(1)));

        await using var db = Database.CreateContext();
        var rating = Assert.Single(await db.Ratings.Where(r => r.UserId == user).ToListAsync());
        Assert.Equal(9, rating.HalfStars);
        Assert.Equal(Monday.AddHours(1), rating.RatedAt);
        Assert.Equal(DateTimeKind.Utc, rating.RatedAt.Kind);
    }

    [SkippableFact]
    public async Task SetRating_ManyWritersOnTheSameFilmAtOnce_OneRowAndNoError()
    {
        SkipWithoutDatabase();
        var user = await NewUserAsync();

        var writers = Enumerable.Range(1, 10).Select(halfStars => Task.Run(() => WithStoreAsync(s => s.SetRatingAsync(user, Heat, halfStars, Monday))));
        await Task.WhenAll(writers);

        await using var db = Database.CreateContext();
        var rating = Assert.Single(await db.Ratings.Where(r => r.UserId == user).ToListAsync());
        Assert.InRange(rating.HalfStars, 1, 10);
    }

    [SkippableFact]
    public async Task SetRating_ElevenHalfStars_Throws()
    {
        SkipWithoutDatabase();
        var user = await NewUserAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => WithStoreAsync(s => s.SetRatingAsync(user, Heat, 11, Monday)));
    }

    [SkippableFact]
    public async Task RemoveRating_NotRated_ReturnsFalse()
    {
        SkipWithoutDatabase();
        var user = await NewUserAsync();

        var removed = await WithStoreAsync(s => s.RemoveRatingAsync(user, Heat));

        Assert.False(removed);
    }

    [SkippableFact]
    public async Task GetRatings_TwoUsers_EachSeesOnlyTheirOwn()
    {
        SkipWithoutDatabase();
        var alice = await NewUserAsync();
        var bob = await NewUserAsync();
        await WithStoreAsync(s => s.SetRatingAsync(alice, Heat, 10, Monday));
        await WithStoreAsync(s => s.SetRatingAsync(bob, DarkKnight, 2, Monday));

        var alices = await WithStoreAsync(s => s.GetRatingsAsync(alice, 0, 50));
        var bobsRemovalOfAlicesFilm = await WithStoreAsync(s => s.RemoveRatingAsync(bob, Heat));

        Assert.Equal(Heat, Assert.Single(alices.Items).MovieId);
        Assert.False(bobsRemovalOfAlicesFilm);
        Assert.Equal(1, (await WithStoreAsync(s => s.GetRatingsAsync(alice, 0, 50))).Total);
    }

    [SkippableFact]
    public async Task GetRatings_Paged_NewestFirstWithTotal()
    {
        SkipWithoutDatabase();
        var user = await NewUserAsync();
        for (var i = 0; i < 5; i++)
        {
            var day = i;
            await WithStoreAsync(s => s.SetRatingAsync(user, 100 + day, 8, Monday.AddDays(day)));
        }

        var page = await WithStoreAsync(s => s.GetRatingsAsync(user, 1, 2));

        Assert.Equal(5, page.Total);
        Assert.Equal([103, 102], page.Items.Select(r => r.MovieId));
    }

    [SkippableFact]
    public async Task SetLike_Twice_KeepsTheFirstDate()
    {
        SkipWithoutDatabase();
        var user = await NewUserAsync();

        await WithStoreAsync(s => s.SetLikeAsync(user, Heat, Monday));
        await WithStoreAsync(s => s.SetLikeAsync(user, Heat, Monday.AddDays(3)));

        var likes = await WithStoreAsync(s => s.GetLikesAsync(user, 0, 10));
        Assert.Equal(Monday, Assert.Single(likes.Items).LikedAt);
    }

    [SkippableFact]
    public async Task AddToWatchlist_ThenRemove_ListIsEmpty()
    {
        SkipWithoutDatabase();
        var user = await NewUserAsync();
        await WithStoreAsync(s => s.AddToWatchlistAsync(user, Heat, Monday));

        var removed = await WithStoreAsync(s => s.RemoveFromWatchlistAsync(user, Heat));

        Assert.True(removed);
        Assert.Equal(0, (await WithStoreAsync(s => s.GetWatchlistAsync(user, 0, 10))).Total);
    }

    [SkippableFact]
    public async Task MarkWatched_Film_StoresTheDayAndAddsHistory()
    {
        SkipWithoutDatabase();
        var user = await NewUserAsync();

        await WithStoreAsync(s => s.MarkWatchedAsync(user, Heat, new DateOnly(2024, 5, 4), Monday));

        var watched = Assert.Single((await WithStoreAsync(s => s.GetWatchedAsync(user, 0, 10))).Items);
        Assert.Equal(new DateOnly(2024, 5, 4), watched.WatchedOn);
        var history = Assert.Single((await WithStoreAsync(s => s.GetHistoryAsync(user, 0, 10))).Items);
        Assert.Equal(HistoryKind.Watched, history.Kind);
    }

    [SkippableFact]
    public async Task RecordOpened_SameFilmAgainSoon_RecordedOnceButAnotherFilmIsNew()
    {
        SkipWithoutDatabase();
        var user = await NewUserAsync();

        await WithStoreAsync(s => s.RecordOpenedAsync(user, Heat, Monday));
        await WithStoreAsync(s => s.RecordOpenedAsync(user, Heat, Monday.AddMinutes(5)));
        await WithStoreAsync(s => s.RecordOpenedAsync(user, DarkKnight, Monday.AddMinutes(6)));
        await WithStoreAsync(s => s.RecordOpenedAsync(user, Heat, Monday.AddMinutes(7)));

        var history = await WithStoreAsync(s => s.GetHistoryAsync(user, 0, 10));
        Assert.Equal([Heat, DarkKnight, Heat], history.Items.Select(h => h.MovieId));
    }

    [SkippableFact]
    public async Task GetMarks_FilmWithEveryMark_CombinesThem()
    {
        SkipWithoutDatabase();
        var user = await NewUserAsync();
        await WithStoreAsync(s => s.SetRatingAsync(user, Heat, 9, Monday));
        await WithStoreAsync(s => s.SetLikeAsync(user, Heat, Monday));
        await WithStoreAsync(s => s.MarkWatchedAsync(user, Heat, new DateOnly(2024, 5, 1), Monday));
        await WithStoreAsync(s => s.AddToWatchlistAsync(user, DarkKnight, Monday));

        var marks = await WithStoreAsync(s => s.GetMarksAsync(user, [Heat, DarkKnight, 1]));

        Assert.Equal(new FilmMarks(Heat, 9, true, false, new DateOnly(2024, 5, 1)), marks[Heat]);
        Assert.Equal(new FilmMarks(DarkKnight, null, false, true, null), marks[DarkKnight]);
        Assert.False(marks.ContainsKey(1));
    }

    [SkippableFact]
    public async Task Import_SameBatchTwice_SecondRunChangesNothing()
    {
        SkipWithoutDatabase();
        var user = await NewUserAsync();
        var batch = new ImportBatch
        {
            Ratings = [.. Enumerable.Range(1, 1200).Select(id => new FilmRating { UserId = user, MovieId = id, HalfStars = (id % 10) + 1, RatedAt = Monday.AddMinutes(id) })],
            Likes = [new FilmLike { UserId = user, MovieId = 7, LikedAt = Monday }],
            Watchlist = [new WatchlistEntry { UserId = user, MovieId = 5000, AddedAt = Monday }],
            Watched = [new WatchedFilm { UserId = user, MovieId = 7, WatchedOn = new DateOnly(2023, 1, 2), MarkedAt = Monday }],
        };

        var firstChanged = await WithStoreAsync(s => s.ImportAsync(user, batch));
        var first = await WithStoreAsync(s => s.GetProfileAsync(user));
        var secondChanged = await WithStoreAsync(s => s.ImportAsync(user, batch));
        var second = await WithStoreAsync(s => s.GetProfileAsync(user));

        Assert.Equal(batch.Count, firstChanged);
        Assert.Equal(0, secondChanged);
        Assert.Equal(1200, second.Ratings.Count);
        Assert.Equal(first.Ratings.OrderBy(r => r.MovieId).Select(r => (r.MovieId, r.HalfStars, r.RatedAt)),
            second.Ratings.OrderBy(r => r.MovieId).Select(r => (r.MovieId, r.HalfStars, r.RatedAt)));
        Assert.Single(second.Likes);
        Assert.Single(second.Watchlist);
        Assert.Equal(new DateOnly(2023, 1, 2), Assert.Single(second.Watched).WatchedOn);
    }

    [SkippableFact]
    public async Task Import_ChangedRating_CountsOnlyTheRowsThatDiffer()
    {
        SkipWithoutDatabase();
        var user = await NewUserAsync();
        FilmRating Rating(int id, int halfStars) => new() { UserId = user, MovieId = id, HalfStars = halfStars, RatedAt = Monday };
        await WithStoreAsync(s => s.ImportAsync(user, new ImportBatch { Ratings = [Rating(1, 8), Rating(2, 6)] }));

        var changed = await WithStoreAsync(s => s.ImportAsync(user, new ImportBatch { Ratings = [Rating(1, 8), Rating(2, 9), Rating(3, 4)] }));
        var profile = await WithStoreAsync(s => s.GetProfileAsync(user));

        Assert.Equal(2, changed);
        Assert.Equal(9, profile.Ratings.Single(r => r.MovieId == 2).HalfStars);
    }

    [SkippableFact]
    public async Task DeleteUser_WithEveryKindOfRow_RemovesThemAll()
    {
        SkipWithoutDatabase();
        var user = await NewUserAsync();
        var other = await NewUserAsync();
        await WithStoreAsync(s => s.SetRatingAsync(user, Heat, 9, Monday));
        await WithStoreAsync(s => s.SetLikeAsync(user, Heat, Monday));
        await WithStoreAsync(s => s.AddToWatchlistAsync(user, DarkKnight, Monday));
        await WithStoreAsync(s => s.MarkWatchedAsync(user, Heat, new DateOnly(2024, 5, 1), Monday));
        await WithStoreAsync(s => s.RecordOpenedAsync(user, Heat, Monday));
        await WithStoreAsync(s => s.SetRatingAsync(other, Heat, 2, Monday));

        await using (var db = Database.CreateContext())
        {
            db.Users.Remove(await db.Users.SingleAsync(u => u.Id == user));
            await db.SaveChangesAsync();
        }

        await using var check = Database.CreateContext();
        Assert.False(await check.Ratings.AnyAsync(r => r.UserId == user));
        Assert.False(await check.Likes.AnyAsync(r => r.UserId == user));
        Assert.False(await check.Watchlist.AnyAsync(r => r.UserId == user));
        Assert.False(await check.Watched.AnyAsync(r => r.UserId == user));
        Assert.False(await check.History.AnyAsync(r => r.UserId == user));
        Assert.True(await check.Ratings.AnyAsync(r => r.UserId == other));
    }

    private void SkipWithoutDatabase() => Skip.If(Database.SkipReason is not null, Database.SkipReason);

    private async Task<string> NewUserAsync()
    {
        await using var db = Database.CreateContext();
        var id = Guid.NewGuid().ToString();
        db.Users.Add(new AppUser { Id = id, UserName = id + "@example.org", Email = id + "@example.org", CreatedAt = Monday });
        await db.SaveChangesAsync();
        return id;
    }

    private async Task WithStoreAsync(Func<IPersonalDataStore, Task> action)
    {
        await using var db = Database.CreateContext();
        await action(new PersonalDataStore(db));
    }

    private async Task<T> WithStoreAsync<T>(Func<IPersonalDataStore, Task<T>> action)
    {
        await using var db = Database.CreateContext();
        return await action(new PersonalDataStore(db));
    }
}

public sealed class SqlitePersonalDataStoreTests() : PersonalDataStoreTests(AccountsProvider.Sqlite);

public sealed class PostgresPersonalDataStoreTests() : PersonalDataStoreTests(AccountsProvider.Postgres);
