namespace MovieRecommender.Web.ViewModels;

/// <summary>/for-you: personal recommendations, or a start page when the profile has no signal yet.</summary>
public sealed record ForYouPageViewModel
{
    public required FilterFormViewModel Filters { get; init; }
    public double Diversity { get; init; }
    public bool HideSeen { get; init; } = true;
    public bool HasSignal { get; init; }
    public IReadOnlyList<MovieCardViewModel> Results { get; init; } = [];
    public IReadOnlyList<MovieCardViewModel> StartFilms { get; init; } = [];
    public IReadOnlyList<string> Errors { get; init; } = [];
    public int Total { get; init; }
    public int ProfileFilms { get; init; }

    /// <summary>Position of the first card in the whole list (paging), for the impression/click events.</summary>
    public int ListOffset { get; init; }
    public PaginationViewModel Pagination { get; init; } = PaginationViewModel.None;

    public string DiversityText => Diversity.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
