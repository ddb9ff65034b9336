using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Core.Experiments;

/// <summary>One arm of an experiment: its share of traffic (relative weight) and the recommender settings it serves.</summary>
public sealed record ExperimentVariant(string Name, double Weight, RecommenderSettings Settings);
