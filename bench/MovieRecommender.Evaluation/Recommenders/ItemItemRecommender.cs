using MovieRecommender.Core.Training;

namespace MovieRecommender.Evaluation.Recommenders;

/// <summary>Item-item collaborative filtering alone: the seed's most similar films by co-rating, nothing else.</summary>
public sealed class ItemItemRecommender(string name, NeighbourGraph similarities) : IEvaluatedRecommender
{
    public string Name { get; } = name;

    public IReadOnlyList<int> Recommend(int seedIndex, int count) =>
        [.. similarities.NeighboursOf(seedIndex)[..Math.Min(count, similarities.NeighboursOf(seedIndex).Length)]];
}
