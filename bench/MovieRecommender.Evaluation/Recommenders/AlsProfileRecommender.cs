using MovieRecommender.Core.Collaborative;

namespace MovieRecommender.Evaluation.Recommenders;

/// <summary>ALS alone for a profile: the ratings folded in (the product's fold-in), every rated film scored.</summary>
public sealed class AlsProfileRecommender(string name, ItemFactors factors) : IProfileEvaluatedRecommender
{
    private readonly int[] _rated = [.. Enumerable.Range(0, factors.RowOf.Length).Where(factors.Has)];

    public string Name { get; } = name;

    public IReadOnlyList<int> Recommend(IReadOnlyList<(int Film, float Rating)> profile, int count)
    {
        var user = AlsFoldIn.Solve(factors, profile);
        if (user is null)
        {
            return [];
        }

        var excluded = profile.Select(p => p.Film).ToHashSet();
        return [.. _rated.Where(f => !excluded.Contains(f)).OrderByDescending(f => factors.Score(user, f)).ThenBy(f => f).Take(count)];
    }
}
