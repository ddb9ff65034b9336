using MovieRecommender.Web.ViewModels;

namespace MovieRecommender.Web.Social.Pages;

/// <summary>/u/{handle}: a public profile with the viewer's relationship to it.</summary>
public sealed record UserPageViewModel
{
    public required string Handle { get; init; }
    public required string DisplayName { get; init; }
    public bool IsPublic { get; init; }
    public bool IsSelf { get; init; }
    public bool SignedIn { get; init; }
    public bool ViewerHasProfile { get; init; }
    public int Followers { get; init; }
    public int Following { get; init; }
    public bool YouFollow { get; init; }
    public bool FollowsYou { get; init; }
    public bool Friends => YouFollow && FollowsYou;
    public IReadOnlyList<MovieCardViewModel> Ratings { get; init; } = [];
    public int RatingsTotal { get; init; }
    public IReadOnlyList<ReviewViewModel> Reviews { get; init; } = [];
    public IReadOnlyList<MovieCardViewModel> BothWant { get; init; } = [];
}
