namespace MovieRecommender.Web.Apis.Contracts;

public sealed record RecommendationDto
{
    public required int Id { get; init; }
    public required string Title { get; init; }
    public int? Year { get; init; }
    public IReadOnlyList<string> Genres { get; init; } = [];
    public double Rating { get; init; }
    public int Votes { get; init; }
    public double Similarity { get; init; }
    public string? PosterUrl { get; init; }
    public string? ImdbUrl { get; init; }
    public IReadOnlyList<ExplanationDto> Explanation { get; init; } = [];

    /// <summary>Personal recommendations only: the profile films that brought this one in, strongest first.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Personal.Contracts.BecauseDto>? Because { get; init; }
}
