namespace MovieRecommender.Web.CatalogUpdates;

/// <summary>An uploaded catalog waiting for the background update: the saved copy and the name the browser gave it.</summary>
public sealed record CatalogUpdateJob(string SavedPath, string FileName);
