namespace MovieRecommender.Web.Localization;

/// <summary>The current language, the switcher's choices, where to come back to, and the page's alternates.</summary>
public sealed record LanguageMenuViewModel(
    string Current,
    string ReturnUrl,
    IReadOnlyList<LanguageOptionViewModel> Options,
    IReadOnlyList<AlternateLinkViewModel> Alternates);
