namespace MovieRecommender.Web.WhereToWatch;

/// <summary>A provider as shown on a page: its name, its logo, and whether the visitor picked it.</summary>
public sealed record WatchProviderViewModel(int Id, string Name, string? LogoUrl, bool Selected = false);
