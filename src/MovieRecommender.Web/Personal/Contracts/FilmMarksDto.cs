using System.Text.Json.Serialization;

namespace MovieRecommender.Web.Personal.Contracts;

/// <summary>What the user recorded about one film (the state of a card's controls).</summary>
public sealed record FilmMarksDto(
    int Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Rating,
    bool Liked,
    bool OnWatchlist,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateOnly? WatchedOn);
