namespace MovieRecommender.Core.Recommendations;

/// <summary>A film (dense index) with its relevance to the seeds.</summary>
internal readonly record struct ScoredMovie(int Movie, double Score);
