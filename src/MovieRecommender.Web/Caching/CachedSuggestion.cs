namespace MovieRecommender.Web.Caching;

/// <summary>A did-you-mean candidate of a cached not-found answer.</summary>
public sealed record CachedSuggestion(int Id, int Score);
