using System.Text.Json.Serialization;

namespace MovieRecommender.Web.Personal.Contracts;

/// <summary>
/// A film of the user's profile that brought a recommendation in: <c>reason</c> is rated, liked, watched or
/// watchlisted; <c>text</c> says it in words ("because you rated Heat 5★").
/// </summary>
public sealed record BecauseDto(
    int Id,
    string Title,
    string Reason,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Rating,
    string Text);
