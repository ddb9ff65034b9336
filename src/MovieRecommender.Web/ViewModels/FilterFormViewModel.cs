namespace MovieRecommender.Web.ViewModels;

/// <summary>Current filter values, echoed back into the filter form so URLs stay shareable.</summary>
public sealed record FilterFormViewModel
{
    public int? MinYear { get; init; }
    public int? MaxYear { get; init; }
    public IReadOnlyList<GenreOptionViewModel> Genres { get; init; } = [];
    public bool MatchAllGenres { get; init; }
    public double? MinRating { get; init; }
    public int? MinVotes { get; init; }
    public int? MinRuntime { get; init; }
    public int? MaxRuntime { get; init; }
    public string? Language { get; init; }
    public string? Country { get; init; }
    public bool ExcludeSameCompany { get; init; }
    public bool ShowCompanyFilter { get; init; }
    public bool HasFilters { get; init; }
    public int PageSize { get; init; }
}
