namespace MovieRecommender.Core.Recommendations;

/// <summary>Identity and size of the model currently served.</summary>
public sealed record LoadedModelInfo(string ModelVersion, int Movies, DateTimeOffset LoadedAt, TimeSpan LoadDuration, long ApproximateBytes);
