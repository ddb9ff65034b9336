using MovieRecommender.Data.Personal;
using MovieRecommender.Data.Social;
using MovieRecommender.Web.Personal;
using MovieRecommender.Web.Personal.Contracts;
using MovieRecommender.Web.Social.Contracts;

namespace MovieRecommender.Web.Social;

/// <summary>Social rows to the API's shapes, with film titles and posters from the model served now.</summary>
public sealed class SocialMapper(PersonalFilmMapper films)
{
    public static PersonDto Person(PersonSummary p) => new(p.Handle, p.DisplayName);

    public static string Role(ListRole role) => role == ListRole.Owner ? "owner" : "member";

    public static string ListPath(Guid id) => ListPaths.List(id);

    public PeopleResponse People(PersonalPage<PersonSummary> page) => new(page.Total, page.Offset, [.. page.Items.Select(Person)]);

    public ReviewsResponse Reviews(PersonalPage<ReviewEntry> page) =>
        new(page.Total, page.Offset, [.. page.Items.Select(r => new ReviewDto(Person(r.Author), films.Film(r.MovieId), r.Text, r.ContainsSpoilers, r.WrittenAt))]);

    public ReviewsResponse OwnReviews(PersonalPage<FilmReview> page, PersonDto? author) =>
        new(page.Total, page.Offset, [.. page.Items.Select(r => new ReviewDto(author, films.Film(r.MovieId), r.Text, r.ContainsSpoilers, r.WrittenAt))]);

    public FeedResponse Feed(PersonalPage<FeedItem> page) => new(page.Total, page.Offset, [.. page.Items.Select(i => new FeedItemDto
    {
        Kind = i.Kind == FeedItemKind.Review ? "review" : "rating",
        Person = Person(i.Person),
        Film = films.Film(i.MovieId),
        Rating = i.HalfStars is { } h ? RatingScale.ToStars(h) : null,
        Text = i.ReviewText,
        ContainsSpoilers = i.Kind == FeedItemKind.Review ? i.ContainsSpoilers : null,
        At = i.At,
    })]);

    public static ListSummaryDto Summary(ListSummary l) => new(l.Id, l.Name, l.IsPublic, Role(l.Role), l.Films, l.Members, ListPath(l.Id));

    public MyFilmsResponse ListFilms(PersonalPage<SharedListFilm> page) =>
        new(page.Total, page.Offset, [.. page.Items.Select(f => films.Film(f.MovieId) with { AddedAt = f.AddedAt })]);

    public static IReadOnlyList<ListMemberDto> Members(IEnumerable<ListMemberEntry> members) =>
        [.. members.Where(m => m.Handle is not null).Select(m => new ListMemberDto(m.Handle!, m.DisplayName ?? m.Handle!, Role(m.Role)))];
}
