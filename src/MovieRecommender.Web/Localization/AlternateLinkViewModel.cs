namespace MovieRecommender.Web.Localization;

/// <summary>A <c>&lt;link rel="alternate" hreflang&gt;</c>: the same page in another language.</summary>
public sealed record AlternateLinkViewModel(string Hreflang, string Href);
