using MovieRecommender.Core.Model;

namespace MovieRecommender.Core.Training;

/// <summary>An in-memory model plus the intermediate vectors, for evaluation and diagnostics.</summary>
public sealed record ModelBuildResult(RecommenderModel Model, TfIdfResult TfIdf, NeighbourGraph Neighbours, TimeSpan VectorizeDuration, TimeSpan NeighboursDuration);
