using System.Globalization;
using MovieRecommender.Data.Personal;
using MovieRecommender.Data.Social;
using Microsoft.Extensions.Localization;
using MovieRecommender.Web.Localization;
using MovieRecommender.Web.Personal;
using MovieRecommender.Web.Presentation;
using MovieRecommender.Web.Sharing;
using MovieRecommender.Web.ViewModels;

namespace MovieRecommender.Web.Social.Pages;

/// <summary>Builds the social pages' view models from the stores and the model served now.</summary>
public sealed class SocialPageBuilder(
    ISocialGraphStore graph,
    IFriendsStore friends,
    IReviewStore reviews,
    IPersonalDataStore personal,
    ISharedListStore lists,
    PersonalFilmMapper films,
    IStringLocalizer<SharedResource> text)
{
    private const int PeopleShown = 100;
    private const int ProfileRatingsShown = 12;
    private const int ProfileReviewsShown = 10;
    private const int BothWantShown = 24;
    private const int FilmReviewsShown = 20;

    public async Task<ProfileFormViewModel> ProfileFormAsync(string userId, CancellationToken cancellationToken)
    {
        var profile = await graph.GetProfileAsync(userId, cancellationToken).ConfigureAwait(false);
        return new ProfileFormViewModel
        {
            Handle = profile?.Handle,
            DisplayName = profile?.DisplayName,
            IsPublic = profile?.IsPublic ?? false,
            HasProfile = profile is not null,
            Following = People(await graph.GetFollowingAsync(userId, 0, PeopleShown, cancellationToken).ConfigureAwait(false)),
            Followers = People(await graph.GetFollowersAsync(userId, 0, PeopleShown, cancellationToken).ConfigureAwait(false)),
            Blocked = People(await graph.GetBlockedAsync(userId, 0, PeopleShown, cancellationToken).ConfigureAwait(false)),
        };
    }

    public async Task<UserPageViewModel> UserPageAsync(SocialProfile profile, string? viewerId, CancellationToken cancellationToken)
    {
        var (followers, following) = await graph.CountFollowsAsync(profile.UserId, cancellationToken).ConfigureAwait(false);
        var self = viewerId == profile.UserId;
        var youFollow = viewerId is not null && !self && await graph.IsFollowingAsync(viewerId, profile.UserId, cancellationToken).ConfigureAwait(false);
        var followsYou = viewerId is not null && !self && await graph.IsFollowingAsync(profile.UserId, viewerId, cancellationToken).ConfigureAwait(false);
        var ratings = await personal.GetRatingsAsync(profile.UserId, 0, ProfileRatingsShown, cancellationToken).ConfigureAwait(false);
        var written = await reviews.GetReviewsByAsync(profile.UserId, 0, ProfileReviewsShown, cancellationToken).ConfigureAwait(false);
        var both = youFollow && followsYou
            ? (await friends.GetCommonWatchlistAsync(viewerId!, profile.UserId, 0, BothWantShown, cancellationToken).ConfigureAwait(false)).Items.Select(w => w.MovieId)
            : [];
        return new UserPageViewModel
        {
            Handle = profile.Handle,
            DisplayName = profile.DisplayName,
            IsPublic = profile.IsPublic,
            IsSelf = self,
            SignedIn = viewerId is not null,
            ViewerHasProfile = viewerId is not null && await graph.GetProfileAsync(viewerId, cancellationToken).ConfigureAwait(false) is not null,
            Followers = followers,
            Following = following,
            YouFollow = youFollow,
            FollowsYou = followsYou,
            Ratings = Cards(ratings.Items.Select(r => (r.MovieId, (string?)text["Social.RatedNote", BecauseText.Stars(RatingScale.ToStars(r.HalfStars))].Value))),
            RatingsTotal = ratings.Total,
            Reviews = [.. written.Items.Select(r => Review(new ReviewEntry(new PersonSummary(profile.UserId, profile.Handle, profile.DisplayName), r.MovieId, r.Text, r.ContainsSpoilers, r.WrittenAt), viewerId))],
            BothWant = Cards(both.Select(id => (id, (string?)null))),
        };
    }

    public async Task<FeedPageViewModel> FeedAsync(string userId, int page, HttpRequest request, CancellationToken cancellationToken)
    {
        var offset = (page - 1) * SocialPaging.PageSize;
        var feed = await friends.GetFeedAsync(userId, offset, SocialPaging.PageSize, cancellationToken).ConfigureAwait(false);
        var (_, following) = await graph.CountFollowsAsync(userId, cancellationToken).ConfigureAwait(false);
        var entries = feed.Items.Select(i => new FeedEntryViewModel(
            new PersonEntryViewModel(i.Person.Handle, i.Person.DisplayName),
            i.MovieId,
            Title(i.MovieId),
            i.HalfStars is { } h ? BecauseText.Stars(RatingScale.ToStars(h)) : null,
            i.ReviewText,
            i.ContainsSpoilers,
            Day(i.At))).ToList();
        var total = Math.Min(feed.Total, SocialPaging.MaxFeedOffset + SocialPaging.PageSize);
        return new FeedPageViewModel(entries, feed.Total, following, PaginationBuilder.Build(request, page, total, SocialPaging.PageSize));
    }

    public async Task<ListPageViewModel> ListPageAsync(SharedList list, ListRole? role, string? viewerId, int page, HttpRequest request, string? message, CancellationToken cancellationToken)
    {
        var offset = (page - 1) * SocialPaging.PageSize;
        var listed = await lists.GetFilmsAsync(list.Id, offset, SocialPaging.PageSize, cancellationToken).ConfigureAwait(false);
        var members = await lists.GetMembersAsync(list.Id, cancellationToken).ConfigureAwait(false);
        var viewerHandle = members.FirstOrDefault(m => m.UserId == viewerId)?.Handle;
        return new ListPageViewModel
        {
            Id = list.Id,
            Path = ListPaths.List(list.Id),
            Name = list.Name,
            IsPublic = list.IsPublic,
            IsOwner = role == ListRole.Owner,
            IsMember = role is not null,
            ViewerHandle = viewerHandle,
            InviteUrl = role == ListRole.Owner ? ShareLinks.Absolute(request, ListPaths.Join(list.InviteToken), QueryString.Empty) : null,
            Members = [.. members.Where(m => m.Handle is not null).Select(m => new PersonEntryViewModel(m.Handle!, m.DisplayName ?? m.Handle!, (m.Role == ListRole.Owner ? text["Lists.Role.Owner"] : text["Lists.Role.Member"]).Value) { Removable = m.Role != ListRole.Owner })],
            Films = Cards(listed.Items.Select(f => (f.MovieId, (string?)text["Lists.AddedNote", Day(f.AddedAt)].Value))),
            Total = listed.Total,
            Pagination = PaginationBuilder.Build(request, page, listed.Total, SocialPaging.PageSize),
            Message = message,
        };
    }

    public async Task<FilmSocialViewModel> FilmAsync(int movieId, string title, string? viewerId, CancellationToken cancellationToken)
    {
        var visible = await reviews.GetFilmReviewsAsync(movieId, viewerId, 0, FilmReviewsShown, cancellationToken).ConfigureAwait(false);
        var mine = viewerId is null ? null : await reviews.GetReviewAsync(viewerId, movieId, cancellationToken).ConfigureAwait(false);
        var profile = viewerId is null ? null : await graph.GetProfileAsync(viewerId, cancellationToken).ConfigureAwait(false);
        return new FilmSocialViewModel
        {
            MovieId = movieId,
            Title = title,
            SignedIn = viewerId is not null,
            Reviews = [.. visible.Items.Select(r => Review(r, viewerId))],
            Total = visible.Total,
            MyText = mine?.Text,
            MySpoilers = mine?.ContainsSpoilers ?? false,
            MyProfilePublic = profile?.IsPublic ?? false,
            MyLists = viewerId is null ? [] : await lists.GetListsOfAsync(viewerId, cancellationToken).ConfigureAwait(false),
        };
    }

    /// <summary>A short date in the request's culture ("2 Dec 2026", "2 dic 2026").</summary>
    public static string Day(DateTime at) => at.ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    private ReviewViewModel Review(ReviewEntry r, string? viewerId) =>
        new(r.Author.Handle, r.Author.DisplayName, r.MovieId, Title(r.MovieId), r.Text, r.ContainsSpoilers, Day(r.WrittenAt), r.Author.UserId == viewerId);

    private string Title(int movieId) => films.Find(movieId)?.Title ?? text["Social.TmdbFilm", movieId.ToString(CultureInfo.InvariantCulture)].Value;

    private List<MovieCardViewModel> Cards(IEnumerable<(int MovieId, string? Note)> rows) =>
        [.. rows.Select(r => (Movie: films.Find(r.MovieId), r.Note)).Where(r => r.Movie is not null).Select(r => ViewModelMapper.Card(r.Movie!) with { Note = r.Note })];

    private static List<PersonEntryViewModel> People(PersonalPage<PersonSummary> page) =>
        [.. page.Items.Select(p => new PersonEntryViewModel(p.Handle, p.DisplayName))];
}
