namespace MovieRecommender.Web.Apis.Contracts;

public sealed record MovieDetailsDto
{
    public required int Id { get; init; }
    public required string Title { get; init; }
    public string? OriginalTitle { get; init; }
    public int? Year { get; init; }
    public string? ReleaseDate { get; init; }
    public IReadOnlyList<string> Genres { get; init; } = [];
    public double Rating { get; init; }
    public int Votes { get; init; }
    public double Popularity { get; init; }
    public int? Runtime { get; init; }
    public string? Language { get; init; }
    public IReadOnlyList<string> Countries { get; init; } = [];
    public IReadOnlyList<string> Directors { get; init; } = [];
    public IReadOnlyList<string> Cast { get; init; } = [];
    public IReadOnlyList<string> Companies { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public string? Overview { get; init; }
    public string? Tagline { get; init; }
    public string? PosterUrl { get; init; }
    public string? ImdbUrl { get; init; }
}
