namespace MovieRecommender.Web.ViewModels;

public sealed record PageLinkViewModel(int Number, string Url, bool IsCurrent);
