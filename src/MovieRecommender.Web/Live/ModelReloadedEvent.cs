namespace MovieRecommender.Web.Live;

/// <summary>Data of the <c>reload</c> event: a new model version is now served.</summary>
public sealed record ModelReloadedEvent(string ModelVersion, string PreviousVersion, int Movies, DateTimeOffset? LoadedAt);
