namespace MovieRecommender.Web.ViewModels;

public sealed record PaginationViewModel(int CurrentPage, int TotalPages, string? PreviousUrl, string? NextUrl, IReadOnlyList<PageLinkViewModel> Pages)
{
    public static PaginationViewModel None { get; } = new(1, 1, null, null, []);

    public bool IsNeeded => TotalPages > 1;
}
