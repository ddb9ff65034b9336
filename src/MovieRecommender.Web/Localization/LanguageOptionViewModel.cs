namespace MovieRecommender.Web.Localization;

/// <summary>One language of the switcher, named in itself ("Español").</summary>
public sealed record LanguageOptionViewModel(string Culture, string Name, bool IsCurrent);
