using MovieRecommender.Web.ViewModels;

namespace MovieRecommender.Web.Social.Pages;

/// <summary>/lists/{id}: a shared list's films and members, with the controls the viewer's role allows.</summary>
public sealed record ListPageViewModel
{
    public required Guid Id { get; init; }
    public required string Path { get; init; }
    public required string Name { get; init; }
    public bool IsPublic { get; init; }
    public bool IsOwner { get; init; }
    public bool IsMember { get; init; }
    public string? ViewerHandle { get; init; }
    public string? InviteUrl { get; init; }
    public IReadOnlyList<PersonEntryViewModel> Members { get; init; } = [];
    public IReadOnlyList<MovieCardViewModel> Films { get; init; } = [];
    public int Total { get; init; }
    public PaginationViewModel Pagination { get; init; } = PaginationViewModel.None;
    public string? Message { get; init; }
}
