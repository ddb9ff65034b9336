using MovieRecommender.Web.Personal.Contracts;

namespace MovieRecommender.Web.Social.Contracts;

/// <summary>A review: the text exactly as written (clients must escape it when rendering HTML).</summary>
public sealed record ReviewDto(PersonDto? Author, MyFilmDto Film, string Text, bool ContainsSpoilers, DateTime WrittenAt);
