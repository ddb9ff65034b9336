namespace MovieRecommender.Web.ViewModels;

public sealed record GenreOptionViewModel(string Name, bool Selected);
