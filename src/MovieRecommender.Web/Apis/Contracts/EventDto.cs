using System.Text.Json;

namespace MovieRecommender.Web.Apis.Contracts;

/// <summary>
/// One browser-reported event of POST /api/v1/events. Ids are read as raw JSON so "12abc", 1.5 or a number past
/// int range are reported as a bad id instead of failing the whole body.
/// </summary>
public sealed record EventDto
{
    public string? Type { get; init; }

    public JsonElement MovieId { get; init; }

    public string? List { get; init; }

    public JsonElement? Position { get; init; }

    public JsonElement? SourceId { get; init; }
}
