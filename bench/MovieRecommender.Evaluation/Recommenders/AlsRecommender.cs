using MovieRecommender.Core.Collaborative;

namespace MovieRecommender.Evaluation.Recommenders;

/// <summary>ALS alone: the films whose factor vectors are closest (cosine) to the seed's; nothing for an unrated seed.</summary>
public sealed class AlsRecommender : IEvaluatedRecommender
{
    private readonly ItemFactors _factors;
    private readonly int[] _rated;

    public AlsRecommender(string name, ItemFactors factors)
    {
        ArgumentNullException.ThrowIfNull(factors);
        Name = name;
        _factors = factors;
        _rated = [.. Enumerable.Range(0, factors.RowOf.Length).Where(factors.Has)];
    }

    public string Name { get; }

    public IReadOnlyList<int> Recommend(int seedIndex, int count)
    {
        if (!_factors.Has(seedIndex))
        {
            return [];
        }

        return [.. _rated.Where(f => f != seedIndex)
            .Select(f => (Film: f, Score: _factors.Cosine(seedIndex, f)))
            .OrderByDescending(p => p.Score).ThenBy(p => p.Film)
            .Take(count)
            .Select(p => p.Film)];
    }
}
