namespace MovieRecommender.Web.ViewModels;

/// <summary>One list tab of /me.</summary>
public sealed record MeListTabViewModel(string Key, string Label, string Url, bool Current);
