namespace MovieRecommender.Evaluation.Recommenders;

/// <summary>Baseline: distinct films drawn uniformly at random (seeded, so a run is reproducible).</summary>
public sealed class RandomRecommender(int catalogSize, int seed) : IEvaluatedRecommender
{
    private readonly Random _random = new(seed);

    public string Name => "Random baseline";

    public IReadOnlyList<int> Recommend(int seedIndex, int count)
    {
        var picked = new List<int>(count);
        var seen = new HashSet<int> { seedIndex };
        var wanted = Math.Min(count, catalogSize - 1);
        while (picked.Count < wanted)
        {
            var candidate = _random.Next(catalogSize);
            if (seen.Add(candidate))
            {
                picked.Add(candidate);
            }
        }

        return picked;
    }
}
