using MovieRecommender.Web.ViewModels;

namespace MovieRecommender.Web.Social.Pages;

/// <summary>/feed: what the people the user follows rated and reviewed.</summary>
public sealed record FeedPageViewModel(IReadOnlyList<FeedEntryViewModel> Entries, int Total, int Following, PaginationViewModel Pagination);
