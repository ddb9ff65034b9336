using MovieRecommender.Data.Social;

namespace MovieRecommender.Web.Social.Pages;

/// <summary>/lists: the user's shared lists and the form to start one.</summary>
public sealed record ListsPageViewModel(IReadOnlyList<ListSummary> Lists, bool HasProfile, string? Error);
