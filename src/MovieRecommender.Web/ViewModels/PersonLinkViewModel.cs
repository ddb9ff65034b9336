namespace MovieRecommender.Web.ViewModels;

/// <summary>A director or cast member, linking to more films by them.</summary>
public sealed record PersonLinkViewModel(string Name, string Role);
