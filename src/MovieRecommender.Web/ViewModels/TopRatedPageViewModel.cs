namespace MovieRecommender.Web.ViewModels;

public sealed record TopRatedPageViewModel
{
    public required FilterFormViewModel Filters { get; init; }
    public IReadOnlyList<MovieCardViewModel> Results { get; init; } = [];
    public IReadOnlyList<string> Errors { get; init; } = [];
    public PaginationViewModel Pagination { get; init; } = PaginationViewModel.None;
    public int Total { get; init; }

    /// <summary>Position of the first card in the whole list (paging), for the impression/click events.</summary>
    public int ListOffset { get; init; }
}
