namespace MovieRecommender.Web.Social.Pages;

/// <summary>A review as a page shows it; the text is rendered by Razor, which escapes it.</summary>
public sealed record ReviewViewModel(string AuthorHandle, string AuthorName, int MovieId, string FilmTitle, string Text, bool ContainsSpoilers, string When, bool IsOwn);
