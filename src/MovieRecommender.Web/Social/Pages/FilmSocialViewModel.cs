using MovieRecommender.Data.Social;

namespace MovieRecommender.Web.Social.Pages;

/// <summary>The film page's reviews section: visible reviews, the viewer's own review form and "add to a shared list".</summary>
public sealed record FilmSocialViewModel
{
    public required int MovieId { get; init; }
    public required string Title { get; init; }
    public bool SignedIn { get; init; }
    public IReadOnlyList<ReviewViewModel> Reviews { get; init; } = [];
    public int Total { get; init; }
    public string? MyText { get; init; }
    public bool MySpoilers { get; init; }
    public bool MyProfilePublic { get; init; }
    public IReadOnlyList<ListSummary> MyLists { get; init; } = [];
}
