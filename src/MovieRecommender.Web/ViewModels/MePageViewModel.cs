namespace MovieRecommender.Web.ViewModels;

/// <summary>/me: one of the user's lists (ratings, likes, watchlist, watched, history), paged.</summary>
public sealed record MePageViewModel
{
    public required string List { get; init; }
    public required string Email { get; init; }
    public IReadOnlyList<MeListTabViewModel> Tabs { get; init; } = [];
    public IReadOnlyList<MovieCardViewModel> Films { get; init; } = [];
    public IReadOnlyList<string> Unavailable { get; init; } = [];
    public int Total { get; init; }
    public PaginationViewModel Pagination { get; init; } = PaginationViewModel.None;
}
