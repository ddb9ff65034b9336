namespace MovieRecommender.Core.Recommendations;

/// <summary>Ranked films of the hybrid, and for each film with collaborative evidence the seed it came from.</summary>
internal sealed record HybridRanking(List<ScoredMovie> Ranked, IReadOnlyDictionary<int, (int Seed, float Similarity)> CoLiked)
{
    /// <summary>No collaborative evidence (the content ranking): one shared immutable empty map, not one per request.</summary>
    public static readonly IReadOnlyDictionary<int, (int Seed, float Similarity)> NoEvidence =
        System.Collections.Frozen.FrozenDictionary<int, (int Seed, float Similarity)>.Empty;
}
