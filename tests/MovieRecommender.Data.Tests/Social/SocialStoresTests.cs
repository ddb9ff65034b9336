using Microsoft.EntityFrameworkCore;
using MovieRecommender.Data.Identity;
using MovieRecommender.Data.Personal;
using MovieRecommender.Data.Registration;
using MovieRecommender.Data.Social;
using MovieRecommender.TestSupport;

namespace MovieRecommender.Data.Tests.Social;

/// <summary>The social stores' rules against a real database, once per provider (classes at the bottom).</summary>
public abstract class SocialStoresTests(AccountsProvider provider) : IAsyncLifetime
{
    private const int Heat = 949;
    private const int DarkKnight = 155;
    private const int Collateral = 1538;
    private static readonly DateTime Monday = new(2024, 5, 6, 20, 0, 0, DateTimeKind.Utc);

    private AccountsTestDatabase? _database;

    private AccountsTestDatabase Database => _database ?? throw new InvalidOperationException("not initialised");

    public async Task InitializeAsync() => _database = await AccountsTestDatabase.CreateAsync(provider);

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task SaveProfile_HandleOfAnotherUserInOtherCase_HandleTaken()
    {
        SkipWithoutDatabase();
        var ann = await NewUserAsync("ann");
        var bob = await NewUserAsync();

        var result = await UseAsync(db => new SocialGraphStore(db).SaveProfileAsync(bob, "ANN", "Not Ann", true, Monday));

        Assert.Equal(ProfileSaveResult.HandleTaken, result);
        Assert.Null(await UseAsync(db => new SocialGraphStore(db).GetProfileAsync(bob)));
        Assert.Equal(ann, (await UseAsync(db => new SocialGraphStore(db).FindByHandleAsync("Ann")))!.UserId);
    }

    [SkippableFact]
    public async Task CanSee_PrivateOrBlockedProfile_OnlyTheOwnerSeesIt()
    {
        SkipWithoutDatabase();
        var ann = await NewUserAsync("ann_private", isPublic: false);
        var bob = await NewUserAsync("bob_public");
        var carol = await NewUserAsync("carol");
        await UseAsync(db => new SocialGraphStore(db).BlockAsync(bob, carol, Monday));

        var annProfile = (await UseAsync(db => new SocialGraphStore(db).GetProfileAsync(ann)))!;
        var bobProfile = (await UseAsync(db => new SocialGraphStore(db).GetProfileAsync(bob)))!;

        Assert.True(await UseAsync(db => new SocialGraphStore(db).CanSeeAsync(ann, annProfile)));
        Assert.False(await UseAsync(db => new SocialGraphStore(db).CanSeeAsync(bob, annProfile)));
        Assert.False(await UseAsync(db => new SocialGraphStore(db).CanSeeAsync(null, annProfile)));
        Assert.True(await UseAsync(db => new SocialGraphStore(db).CanSeeAsync(null, bobProfile)));
        Assert.True(await UseAsync(db => new SocialGraphStore(db).CanSeeAsync(ann, bobProfile)));
        Assert.False(await UseAsync(db => new SocialGraphStore(db).CanSeeAsync(carol, bobProfile)));
    }

    [SkippableFact]
    public async Task Block_FriendsSharingAList_RemovesBothFollowsAndTheMembership()
    {
        SkipWithoutDatabase();
        var ann = await NewUserAsync("ann_b");
        var bob = await NewUserAsync("bob_b");
        await UseAsync(db => new SocialGraphStore(db).FollowAsync(ann, bob, Monday));
        await UseAsync(db => new SocialGraphStore(db).FollowAsync(bob, ann, Monday));
        var list = await UseAsync(db => new SharedListStore(db).CreateAsync(ann, "Friday films", false, Monday));
        await UseAsync(db => new SharedListStore(db).JoinAsync(list.Id, bob, Monday));

        await UseAsync(db => new SocialGraphStore(db).BlockAsync(ann, bob, Monday));

        Assert.False(await UseAsync(db => new FriendsStore(db).AreFriendsAsync(ann, bob)));
        Assert.False(await UseAsync(db => new SocialGraphStore(db).IsFollowingAsync(bob, ann)));
        Assert.Null(await UseAsync(db => new SharedListStore(db).GetRoleAsync(list.Id, bob)));
        Assert.Equal(ListRole.Owner, await UseAsync(db => new SharedListStore(db).GetRoleAsync(list.Id, ann)));
        Assert.True(await UseAsync(db => new SocialGraphStore(db).IsBlockedEitherWayAsync(bob, ann)));
    }

    [SkippableFact]
    public async Task GetFeed_FollowsPublicPrivateAndBlockingPeople_OnlyThePublicOnesNewestFirst()
    {
        SkipWithoutDatabase();
        var me = await NewUserAsync("me_feed");
        var pub = await NewUserAsync("public_friend");
        var priv = await NewUserAsync("private_friend", isPublic: false);
        var blocker = await NewUserAsync("blocker");
        var stranger = await NewUserAsync("stranger");
        foreach (var other in new[] { pub, priv, blocker })
        {
            await UseAsync(db => new SocialGraphStore(db).FollowAsync(me, other, Monday));
            await UsePersonalAsync(s => s.SetRatingAsync(other, Heat, 8, Monday));
        }

        await UsePersonalAsync(s => s.SetRatingAsync(stranger, Heat, 2, Monday));
        await UseAsync(db => new ReviewStore(db).SetReviewAsync(pub, DarkKnight, "Tense & <b>loud</b>", true, Monday.AddHours(2)));
        await UseAsync(db => new SocialGraphStore(db).BlockAsync(blocker, me, Monday.AddHours(1)));

        var feed = await UseAsync(db => new FriendsStore(db).GetFeedAsync(me, 0, 10));

        Assert.Equal(2, feed.Total);
        Assert.All(feed.Items, i => Assert.Equal("public_friend", i.Person.Handle));
        Assert.Equal(FeedItemKind.Review, feed.Items[0].Kind);
        Assert.Equal("Tense & <b>loud</b>", feed.Items[0].ReviewText);
        Assert.True(feed.Items[0].ContainsSpoilers);
        Assert.Equal(FeedItemKind.Rating, feed.Items[1].Kind);
        Assert.Equal(8, feed.Items[1].HalfStars);
    }

    [SkippableFact]
    public async Task GetFeed_SecondPage_ContinuesWhereTheFirstEnded()
    {
        SkipWithoutDatabase();
        var me = await NewUserAsync("me_paging");
        var friend = await NewUserAsync("friend_paging");
        await UseAsync(db => new SocialGraphStore(db).FollowAsync(me, friend, Monday));
        await UsePersonalAsync(s => s.SetRatingAsync(friend, Heat, 8, Monday.AddHours(3)));
        await UseAsync(db => new ReviewStore(db).SetReviewAsync(friend, Heat, "Great", false, Monday.AddHours(2)));
        await UsePersonalAsync(s => s.SetRatingAsync(friend, DarkKnight, 6, Monday.AddHours(1)));

        var first = await UseAsync(db => new FriendsStore(db).GetFeedAsync(me, 0, 2));
        var second = await UseAsync(db => new FriendsStore(db).GetFeedAsync(me, 2, 2));

        Assert.Equal([Heat, Heat], first.Items.Select(i => i.MovieId));
        Assert.Equal(DarkKnight, Assert.Single(second.Items).MovieId);
        Assert.Equal(3, second.Total);
    }

    [SkippableFact]
    public async Task GetFilmReviews_ViewerBlockedPrivateAndOwn_ShowsOwnAndVisibleOnly()
    {
        SkipWithoutDatabase();
        var me = await NewUserAsync("me_reviews", isPublic: false);
        var pub = await NewUserAsync("pub_reviewer");
        var priv = await NewUserAsync("priv_reviewer", isPublic: false);
        var blocked = await NewUserAsync("blocked_reviewer");
        foreach (var (user, at) in new[] { (me, 1), (pub, 2), (priv, 3), (blocked, 4) })
        {
            await UseAsync(db => new ReviewStore(db).SetReviewAsync(user, Heat, "review " + at, false, Monday.AddHours(at)));
        }

        await UseAsync(db => new SocialGraphStore(db).BlockAsync(me, blocked, Monday));

        var mine = await UseAsync(db => new ReviewStore(db).GetFilmReviewsAsync(Heat, me, 0, 10));
        var anonymous = await UseAsync(db => new ReviewStore(db).GetFilmReviewsAsync(Heat, null, 0, 10));

        Assert.Equal(["pub_reviewer", "me_reviews"], mine.Items.Select(r => r.Author.Handle));
        Assert.Equal(["blocked_reviewer", "pub_reviewer"], anonymous.Items.Select(r => r.Author.Handle));
    }

    [SkippableFact]
    public async Task GetCommonWatchlist_TwoWatchlists_OnlyFilmsOnBoth()
    {
        SkipWithoutDatabase();
        var ann = await NewUserAsync("ann_w");
        var bob = await NewUserAsync("bob_w");
        await UsePersonalAsync(s => s.AddToWatchlistAsync(ann, Heat, Monday));
        await UsePersonalAsync(s => s.AddToWatchlistAsync(ann, DarkKnight, Monday.AddHours(1)));
        await UsePersonalAsync(s => s.AddToWatchlistAsync(bob, DarkKnight, Monday));
        await UsePersonalAsync(s => s.AddToWatchlistAsync(bob, Collateral, Monday));

        var both = await UseAsync(db => new FriendsStore(db).GetCommonWatchlistAsync(ann, bob, 0, 10));

        Assert.Equal(DarkKnight, Assert.Single(both.Items).MovieId);
    }

    [SkippableFact]
    public async Task JoinAndAddFilm_Twice_OneRowEach()
    {
        SkipWithoutDatabase();
        var ann = await NewUserAsync("ann_j");
        var bob = await NewUserAsync("bob_j");
        var list = await UseAsync(db => new SharedListStore(db).CreateAsync(ann, "Weekend", false, Monday));

        await UseAsync(db => new SharedListStore(db).JoinAsync(list.Id, bob, Monday));
        await UseAsync(db => new SharedListStore(db).JoinAsync(list.Id, bob, Monday.AddHours(1)));
        await UseAsync(db => new SharedListStore(db).AddFilmAsync(list.Id, Heat, bob, Monday));
        await UseAsync(db => new SharedListStore(db).AddFilmAsync(list.Id, Heat, ann, Monday.AddHours(1)));

        var members = await UseAsync(db => new SharedListStore(db).GetMembersAsync(list.Id));
        var films = await UseAsync(db => new SharedListStore(db).GetFilmsAsync(list.Id, 0, 10));
        Assert.Equal([ListRole.Owner, ListRole.Member], members.Select(m => m.Role));
        Assert.Equal(bob, Assert.Single(films.Items).AddedById);
        Assert.False(await UseAsync(db => new SharedListStore(db).RemoveMemberAsync(list.Id, ann)));
    }

    [SkippableFact]
    public async Task RenewInvite_OldToken_NoLongerFindsTheList()
    {
        SkipWithoutDatabase();
        var ann = await NewUserAsync("ann_i");
        var list = await UseAsync(db => new SharedListStore(db).CreateAsync(ann, "Invite", false, Monday));

        var token = await UseAsync(db => new SharedListStore(db).RenewInviteAsync(list.Id));

        Assert.Null(await UseAsync(db => new SharedListStore(db).FindByInviteAsync(list.InviteToken)));
        Assert.Equal(list.Id, (await UseAsync(db => new SharedListStore(db).FindByInviteAsync(token)))!.Id);
    }

    [SkippableFact]
    public async Task DeleteUser_WithSocialRows_RemovesThemAndKeepsFilmsTheyAddedToOthersLists()
    {
        SkipWithoutDatabase();
        var ann = await NewUserAsync("ann_d");
        var bob = await NewUserAsync("bob_d");
        await UseAsync(db => new SocialGraphStore(db).FollowAsync(bob, ann, Monday));
        await UseAsync(db => new ReviewStore(db).SetReviewAsync(bob, Heat, "x", false, Monday));
        await UseAsync(db => new SavedWatchServicesStore(db).ReplaceAsync(bob, [8, 337]));
        var annList = await UseAsync(db => new SharedListStore(db).CreateAsync(ann, "Ann's", false, Monday));
        await UseAsync(db => new SharedListStore(db).CreateAsync(bob, "Bob's", false, Monday));
        await UseAsync(db => new SharedListStore(db).JoinAsync(annList.Id, bob, Monday));
        await UseAsync(db => new SharedListStore(db).AddFilmAsync(annList.Id, Heat, bob, Monday));

        await using (var db = Database.CreateContext())
        {
            db.Users.Remove(await db.Users.SingleAsync(u => u.Id == bob));
            await db.SaveChangesAsync();
        }

        await using var check = Database.CreateContext();
        Assert.False(await check.Profiles.AnyAsync(p => p.UserId == bob));
        Assert.False(await check.Follows.AnyAsync(f => f.FollowerId == bob));
        Assert.False(await check.Reviews.AnyAsync(r => r.UserId == bob));
        Assert.False(await check.WatchServices.AnyAsync(s => s.UserId == bob));
        Assert.False(await check.SharedLists.AnyAsync(l => l.OwnerId == bob));
        Assert.False(await check.SharedListMembers.AnyAsync(m => m.UserId == bob));
        var film = await check.SharedListFilms.SingleAsync(f => f.ListId == annList.Id);
        Assert.Null(film.AddedById);
    }

    [SkippableFact]
    public async Task ReplaceSavedServices_NewSet_ReplacesTheOldOne()
    {
        SkipWithoutDatabase();
        var ann = await NewUserAsync();
        await UseAsync(db => new SavedWatchServicesStore(db).ReplaceAsync(ann, [8, 337]));

        await UseAsync(db => new SavedWatchServicesStore(db).ReplaceAsync(ann, [9, 8, 9]));

        Assert.Equal([8, 9], await UseAsync(db => new SavedWatchServicesStore(db).GetAsync(ann)));
    }

    private void SkipWithoutDatabase() => Skip.If(Database.SkipReason is not null, Database.SkipReason);

    private async Task<string> NewUserAsync(string? handle = null, bool isPublic = true)
    {
        var id = Guid.NewGuid().ToString();
        await using (var db = Database.CreateContext())
        {
            db.Users.Add(new AppUser { Id = id, UserName = id + "@example.org", Email = id + "@example.org", CreatedAt = Monday });
            await db.SaveChangesAsync();
        }

        if (handle is not null)
        {
            Assert.Equal(ProfileSaveResult.Saved, await UseAsync(db => new SocialGraphStore(db).SaveProfileAsync(id, handle, handle.ToUpperInvariant(), isPublic, Monday)));
        }

        return id;
    }

    private async Task UseAsync(Func<AccountsDbContext, Task> action)
    {
        await using var db = Database.CreateContext();
        await action(db);
    }

    private async Task<T> UseAsync<T>(Func<AccountsDbContext, Task<T>> action)
    {
        await using var db = Database.CreateContext();
        return await action(db);
    }

    private Task UsePersonalAsync(Func<IPersonalDataStore, Task> action) => UseAsync(db => action(new PersonalDataStore(db)));
}

public sealed class SqliteSocialStoresTests() : SocialStoresTests(AccountsProvider.Sqlite);

public sealed class PostgresSocialStoresTests() : SocialStoresTests(AccountsProvider.Postgres);
