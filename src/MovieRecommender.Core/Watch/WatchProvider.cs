namespace MovieRecommender.Core.Watch;

/// <summary>A streaming, rental or sales service as TMDB lists it.</summary>
/// <param name="Id">TMDB provider id.</param>
/// <param name="Name">Display name, e.g. "Netflix".</param>
/// <param name="LogoPath">TMDB image path of its logo, or null.</param>
/// <param name="DisplayPriority">TMDB's ordering hint: lower is listed first.</param>
public sealed record WatchProvider(int Id, string Name, string? LogoPath, int DisplayPriority);
