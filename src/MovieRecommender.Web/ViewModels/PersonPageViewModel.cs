namespace MovieRecommender.Web.ViewModels;

/// <summary>Films by one director or cast member.</summary>
public sealed record PersonPageViewModel
{
    public required string Name { get; init; }
    public required string Role { get; init; }
    public IReadOnlyList<MovieCardViewModel> Results { get; init; } = [];
    public PaginationViewModel Pagination { get; init; } = PaginationViewModel.None;
    public int Total { get; init; }
}
