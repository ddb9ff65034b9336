namespace MovieRecommender.Core.Recommendations;

/// <summary>Ranked films of the hybrid, and for each film with collaborative evidence the seed it came from.</summary>
internal sealed record HybridRanking(List<ScoredMovie> Ranked, Dictionary<int, (int Seed, float Similarity)> CoLiked);
