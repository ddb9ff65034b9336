namespace MovieRecommender.Web.ViewModels;

public sealed record MovieDetailsViewModel
{
    public required MovieCardViewModel Card { get; init; }
    public string? OriginalTitle { get; init; }
    /// <summary>Formatted by the view, in the request's culture.</summary>
    public DateOnly? ReleaseDate { get; init; }
    public int? RuntimeMinutes { get; init; }
    public string? Language { get; init; }
    public IReadOnlyList<string> Countries { get; init; } = [];
    public string? Overview { get; init; }
    public string? Tagline { get; init; }
    public IReadOnlyList<PersonLinkViewModel> Directors { get; init; } = [];
    public IReadOnlyList<PersonLinkViewModel> Cast { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public IReadOnlyList<string> Companies { get; init; } = [];
    public IReadOnlyList<MovieCardViewModel> Similar { get; init; } = [];
    public string? DirectorName { get; init; }
    public IReadOnlyList<MovieCardViewModel> MoreByDirector { get; init; } = [];
}
