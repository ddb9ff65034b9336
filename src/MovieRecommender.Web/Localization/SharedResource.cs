namespace MovieRecommender.Web.Localization;

/// <summary>
/// Marker for the one resource set every page, message and validation error reads from: SharedResource.resx
/// (English, the fallback) and SharedResource.{culture}.resx per translation. One set, so a new language is one file.
/// </summary>
public sealed class SharedResource;
