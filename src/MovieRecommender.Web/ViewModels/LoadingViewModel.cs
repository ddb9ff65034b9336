namespace MovieRecommender.Web.ViewModels;

public sealed record LoadingViewModel(int Progress, string Stage, string Status, string? LastError);
