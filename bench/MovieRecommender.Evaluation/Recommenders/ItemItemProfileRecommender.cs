using MovieRecommender.Core.Collaborative;
using MovieRecommender.Core.Training;

namespace MovieRecommender.Evaluation.Recommenders;

/// <summary>Item-item CF for a profile: the liked films' neighbour similarities added up (all rated films if none is liked).</summary>
public sealed class ItemItemProfileRecommender(string name, NeighbourGraph similarities) : IProfileEvaluatedRecommender
{
    public string Name { get; } = name;

    public IReadOnlyList<int> Recommend(IReadOnlyList<(int Film, float Rating)> profile, int count)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var liked = profile.Where(p => p.Rating >= RatingScale.LikedAtLeast).Select(p => p.Film).ToArray();
        var seeds = liked.Length > 0 ? liked : [.. profile.Select(p => p.Film)];
        var excluded = profile.Select(p => p.Film).ToHashSet();
        var scores = new Dictionary<int, double>();
        foreach (var seed in seeds)
        {
            var neighbours = similarities.NeighboursOf(seed);
            var values = similarities.ScoresOf(seed);
            for (var i = 0; i < neighbours.Length; i++)
            {
                if (!excluded.Contains(neighbours[i]))
                {
                    scores[neighbours[i]] = scores.GetValueOrDefault(neighbours[i]) + values[i];
                }
            }
        }

        return [.. scores.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(count).Select(p => p.Key)];
    }
}
