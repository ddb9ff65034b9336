namespace MovieRecommender.Web.ViewModels;

/// <summary>The home page: the search box, and either recommendations for a film or the top films.</summary>
public sealed record HomePageViewModel
{
    public string? Title { get; init; }
    public required FilterFormViewModel Filters { get; init; }
    public double Diversity { get; init; }
    public IReadOnlyList<int> SeedIds { get; init; } = [];
    public IReadOnlyList<MovieCardViewModel> Seeds { get; init; } = [];
    public IReadOnlyList<MovieCardViewModel> Results { get; init; } = [];
    public IReadOnlyList<SuggestionViewModel> Suggestions { get; init; } = [];
    public IReadOnlyList<string> Errors { get; init; } = [];
    public PaginationViewModel Pagination { get; init; } = PaginationViewModel.None;
    public string? CsvUrl { get; init; }
    public int Total { get; init; }
    public bool IsShort { get; init; }
    public bool NotFound { get; init; }

    /// <summary>No film was asked for: the page shows the best-rated films instead.</summary>
    public bool IsPopular { get; init; }

    public string DiversityText => Diversity.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Position of the first card in the whole list (paging), for the impression/click events.</summary>
    public int ListOffset { get; init; }
}
