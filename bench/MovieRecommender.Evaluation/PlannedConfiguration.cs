using MovieRecommender.Evaluation.Content;

namespace MovieRecommender.Evaluation;

/// <summary>A named configuration; <see cref="IsStep"/> marks the cumulative tuning path drawn in the chart.</summary>
public sealed record PlannedConfiguration(string Name, SoupSettings Settings, bool IsStep);
