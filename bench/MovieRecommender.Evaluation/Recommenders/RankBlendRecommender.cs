namespace MovieRecommender.Evaluation.Recommenders;

/// <summary>
/// A naive blend of two recommenders: reciprocal-rank fusion (1 / (60 + rank) summed over both lists), the
/// usual parameter-free way to merge rankings whose scores are not comparable.
/// </summary>
public sealed class RankBlendRecommender(string name, IEvaluatedRecommender first, IEvaluatedRecommender second, int depth = 50) : IEvaluatedRecommender
{
    private const double RankOffset = 60;

    public string Name { get; } = name;

    public IReadOnlyList<int> Recommend(int seedIndex, int count)
    {
        var scores = new Dictionary<int, double>();
        foreach (var list in new[] { first.Recommend(seedIndex, depth), second.Recommend(seedIndex, depth) })
        {
            for (var rank = 0; rank < list.Count; rank++)
            {
                scores[list[rank]] = scores.GetValueOrDefault(list[rank]) + (1 / (RankOffset + rank + 1));
            }
        }

        return [.. scores.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(count).Select(p => p.Key)];
    }
}
