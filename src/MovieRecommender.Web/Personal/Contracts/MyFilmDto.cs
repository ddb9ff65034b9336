using System.Text.Json.Serialization;

namespace MovieRecommender.Web.Personal.Contracts;

/// <summary>
/// One film of the user's lists. <c>available</c> is false when the film is not in the model served now (its row is
/// kept; title and year are then unknown). Only the fields of the list it belongs to are present.
/// </summary>
public sealed record MyFilmDto
{
    public required int Id { get; init; }
    public string? Title { get; init; }
    public int? Year { get; init; }
    public string? PosterUrl { get; init; }
    public required bool Available { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Rating { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTime? RatedAt { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTime? LikedAt { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTime? AddedAt { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? WatchedOn { get; init; }

    /// <summary>History only: <c>opened</c> or <c>watched</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Event { get; init; }

    /// <summary>History only: when it happened.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTime? At { get; init; }
}
