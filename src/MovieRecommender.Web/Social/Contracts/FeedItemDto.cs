using System.Text.Json.Serialization;
using MovieRecommender.Web.Personal.Contracts;

namespace MovieRecommender.Web.Social.Contracts;

/// <summary>A followed person rated (<c>kind</c> = <c>rating</c>) or reviewed (<c>review</c>) a film.</summary>
public sealed record FeedItemDto
{
    public required string Kind { get; init; }
    public required PersonDto Person { get; init; }
    public required MyFilmDto Film { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Rating { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Text { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? ContainsSpoilers { get; init; }

    public required DateTime At { get; init; }
}
