namespace MovieRecommender.Web.Social.Pages;

/// <summary>One line of the feed: who, what film, the stars or the review, and when.</summary>
public sealed record FeedEntryViewModel(PersonEntryViewModel Person, int MovieId, string FilmTitle, string? Stars, string? Review, bool ContainsSpoilers, string When);
