namespace MovieRecommender.Core.Hybrid;

/// <summary>The trained ranker and what it was trained on.</summary>
public sealed record RankerTrainingResult(LearnedRanker Ranker, int Queries, long Rows, double PositiveShare);
